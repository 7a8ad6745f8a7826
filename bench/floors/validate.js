/**
 * The least validation a correct tool owes each profile before evaluating it: every key known, every
 * value of its declared type, money, dates, districts and the USCC parsed with the tool's own exported
 * parsers. No positions, no messages: a yes or no per profile.
 */
import { COMPANY_VOCABULARY, PROJECT_VOCABULARY, checkUscc, normaliseDistrict, parseDate, parseMoney } from '../../dist/index.js';

const isMapping = (x) => typeof x === 'object' && x !== null && !Array.isArray(x);

function valueOk(spec, v) {
  switch (spec.type) {
    case 'boolean':
      return typeof v === 'boolean';
    case 'text':
      return typeof v === 'string' || typeof v === 'number';
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'enum':
      return typeof v === 'string' && spec.values.includes(v);
    case 'list':
      return Array.isArray(v) && v.every((x) => typeof x === 'string');
    case 'years':
      return Array.isArray(v) && v.every((y) => /^\d{4}$/.test(String(y)));
    case 'money':
      return parseMoney(v).ok;
    case 'date':
      return parseDate(v).ok;
    case 'district':
      return normaliseDistrict(v).ok;
    default:
      return false;
  }
}

function factsOk(map, vocabulary) {
  for (const key of Object.keys(map)) {
    const spec = vocabulary[key];
    const v = map[key];
    if (!spec) continue; // an unknown key is a warning, not an error
    if (v !== null && v !== undefined && !valueOk(spec, v)) return false;
  }
  return true;
}

export function validProfile(root) {
  if (!isMapping(root) || !isMapping(root.company)) return false;
  const c = root.company;
  if (typeof c.name !== 'string' || c.name === '') return false;
  if (c.uscc != null && !checkUscc(c.uscc).ok) return false;
  if (!factsOk(c, COMPANY_VOCABULARY)) return false;
  if (root.projects == null) return true;
  if (!Array.isArray(root.projects)) return false;
  const ids = new Set();
  for (const p of root.projects) {
    if (!isMapping(p) || typeof p.id !== 'string' || ids.has(p.id) || !factsOk(p, PROJECT_VOCABULARY)) return false;
    ids.add(p.id);
    if (p.start != null && p.end != null && parseDate(p.end).value.last < parseDate(p.start).value.first) return false;
  }
  return true;
}
