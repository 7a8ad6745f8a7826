/**
 * A scope's fact objects all of one shape: every key of the scope's vocabulary is an own key, in the
 * vocabulary's order, an absent fact `undefined`. V8 then gives every company's facts one hidden class
 * and every project's another, so each compiled condition reads a fact at a fixed place rather than by
 * a hash lookup (objects of only the present keys, made by `Object.create(null)`, are dictionaries).
 * A fact is present when it is not `undefined`, never by `in`, `Object.hasOwn` or `Object.keys`.
 */
import type { Facts } from './read.js';

/**
 * The prototype of every fact object: empty, frozen and with no prototype itself, so that a key that is
 * no fact (`constructor`, a rule's undeclared fact, `__proto__`) reads `undefined`, never a property of
 * Object.prototype, and assigning one makes an own key. Not `null` itself: V8 keeps an object made by
 * `Object.create(null)` as a dictionary whatever is written into it.
 */
const NO_FACT: object = Object.freeze(Object.create(null));

/**
 * The template of a scope's fact objects, made once per vocabulary: each key defined (so a key named
 * `__proto__` is an own key too), in the vocabulary's order; frozen, as it is shared by every profile read.
 */
export function factsTemplate(keys: readonly string[]): Readonly<Facts> {
  const template = Object.create(NO_FACT) as Facts;
  for (const key of keys) Object.defineProperty(template, key, { value: undefined, enumerable: true, writable: true, configurable: true });
  return Object.freeze(template);
}

/**
 * A copy of facts with the prototype of a read profile's, its keys in the same order: a scope's template
 * copied is a fresh fact object of that shape, every fact absent (the reader's); a read profile's facts
 * copied keep their shape (what-it-takes' copy of a library caller's frozen facts, a proposed project's).
 * `Object.assign` adds the keys as named properties, so the object stays fast however many keys the rules
 * declare (adding them one by one by a computed key turned it into a dictionary past about twenty,
 * measured on Node 20), and copies of the same keys share one hidden class.
 */
export const copyFacts = (facts: Readonly<Facts>): Facts => Object.assign(Object.create(NO_FACT) as Facts, facts);
