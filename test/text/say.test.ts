/** The one `say` and what `--lang both` means for a sentence, for words around bilingual text, and for a table cell. */
import { describe, expect, it } from 'vitest';
import { cellLines, once, say, type Message } from '../../src/text/messages.js';

const VERDICT: Message = { en: () => 'eligible', zh: () => '符合' };
const WHEN: Message = { en: (a) => `When: ${a.label}`, zh: (a) => `时间：${a.label}` };
const ID: Message = { en: (a) => `${a.id}`, zh: (a) => `${a.id}` };

describe('say', () => {
  it('says a message in the chosen language', () => {
    expect(say(VERDICT, 'en')).toBe('eligible');
    expect(say(VERDICT, 'zh')).toBe('符合');
  });

  it('says a sentence in both languages, English first, once when both read the same', () => {
    expect(say(VERDICT, 'both')).toBe('eligible / 符合');
    expect(say(ID, 'both', { id: 'p1' })).toBe('p1');
  });

  it('renders arguments per language when given as a function', () => {
    expect(say(WHEN, 'both', (l) => ({ label: l === 'en' ? 'July' : '7月' }))).toBe('When: July / 时间：7月');
  });

  it("says a rule's own text and a sentence composed per language by the same policy", () => {
    expect(say({ en: 'Project subsidy', zh: '项目补贴' }, 'both')).toBe('Project subsidy / 项目补贴');
    expect(say({ en: 'Project subsidy', zh: '项目补贴' }, 'zh')).toBe('项目补贴');
    expect(say((l) => say(VERDICT, l).toUpperCase(), 'both')).toBe('ELIGIBLE / 符合');
  });

  it('says words around text already in both languages once, in English', () => {
    const label = say({ en: 'Applications', zh: '申报' }, 'both');
    expect(say(WHEN, once('both'), { label })).toBe('When: Applications / 申报');
    expect(say(WHEN, once('zh'), { label: '申报' })).toBe('时间：申报');
    expect(once('en')).toBe('en');
  });

  it('puts a both-language sentence in a table cell on two lines, English above Chinese', () => {
    expect(cellLines(say(VERDICT, 'both'))).toEqual(['eligible', '符合']);
    expect(cellLines('a / b, an English path')).toEqual(['a / b, an English path']);
  });
});
