import { describe, it, expect } from 'vitest';
import { USCC_CHARSET, checkUscc, usccCheckChar } from '../../src/profile/uscc.js';

/** Codes of real companies from public registers; their check characters were confirmed with this module. */
const PUBLISHED_CODES = ['9144030071526726XG', '91440300708461136T', '91330100716105852F', '91110000802100433B', '91110108551385082Q'];

describe('usccCheckChar', () => {
  it.each(PUBLISHED_CODES)('reproduces the check character of %s', (code) => {
    expect(usccCheckChar(code.slice(0, 17))).toBe(code.charAt(17));
  });

  it('maps a remainder of 0 to check character 0, not to 31', () => {
    // All zeros: sum 0, 31 - 0 = 31, which wraps to 0.
    expect(usccCheckChar('0'.repeat(17))).toBe('0');
  });

  it('reaches the top of the charset', () => {
    // '1' in the first position: sum 1, check 30, the last character Y.
    expect(usccCheckChar(`1${'0'.repeat(16)}`)).toBe('Y');
    expect(usccCheckChar(`${'0'.repeat(16)}1`)).toBe(USCC_CHARSET.charAt(31 - 28));
  });

  it('throws on a wrong length or a letter outside the charset', () => {
    expect(() => usccCheckChar('9131000')).toThrow(RangeError);
    expect(() => usccCheckChar('91310000MA1FL0XI4')).toThrow(RangeError);
  });
});

describe('checkUscc', () => {
  it.each(PUBLISHED_CODES)('accepts the published code %s', (code) => {
    expect(checkUscc(code)).toEqual({ ok: true, value: code });
  });

  it('accepts codes built from any 17-character prefix', () => {
    for (const prefix of ['91310000MA1FL0X46', '12100000400000374', '31310000MA1K00001', 'Y1YYYYYYYYYYYYYYY']) {
      const code = prefix + usccCheckChar(prefix);
      expect(checkUscc(code)).toEqual({ ok: true, value: code });
    }
  });

  it('trims and upper-cases before checking', () => {
    expect(checkUscc('  9144030071526726xg ')).toEqual({ ok: true, value: '9144030071526726XG' });
  });

  it('names the expected check character on a checksum failure', () => {
    expect(checkUscc('9144030071526726XA')).toEqual({ ok: false, reason: 'checksum', expected: 'G' });
    // Often quoted as an example, but its check character does not match its first 17.
    expect(checkUscc('91310000MA1FL0X46Y')).toEqual({ ok: false, reason: 'checksum', expected: '2' });
  });

  it('catches a swap of two adjacent characters', () => {
    expect(checkUscc('9144030017526726XG')).toMatchObject({ ok: false, reason: 'checksum' });
  });

  it.each([[''], ['9144030071526726X'], ['9144030071526726XGG'], ['9144 030071526726XG']])('refuses %j by length', (text) => {
    expect(checkUscc(text)).toEqual({ ok: false, reason: 'length' });
  });

  it.each([['9144030071526726XI'], ['91440300O1526726XG'], ['9144030071526726-G'], ['91440300715267２6XG']])(
    'refuses %j for characters outside the charset',
    (text) => {
      expect(checkUscc(text)).toEqual({ ok: false, reason: 'charset' });
    },
  );

  it('refuses non-strings', () => {
    expect(checkUscc(9144030071526726)).toEqual({ ok: false, reason: 'type' });
    expect(checkUscc(undefined)).toEqual({ ok: false, reason: 'type' });
  });
});
