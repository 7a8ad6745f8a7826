/**
 * The words every versioned JSON document (`subsidy-check/<name>@1`) is written in: money, dates,
 * evidence, verdicts, diagnostics, programme ids. Defined once, so `report@1`, `explain@1` and the
 * `rules-*@1` documents say the same thing the same way, and their JSON Schemas agree.
 *
 * No `.describe()` here: a description on a primitive would be repeated at every use in the emitted
 * JSON Schemas; the documents describe their own fields.
 */
import { z } from 'zod';
import { ROUNDS } from '../engine/rounds.js';
import { LEAF_RESULTS, VERDICTS, WINDOW_STATES } from '../engine/types.js';
import { EVIDENCE_LEVELS } from '../rules/enums.js';

/** Money: integer yuan, never negative (`2000000` is 2,000,000 yuan). */
export const Yuan = z.number().int().nonnegative();

/** A count of things: files, cases, measures. */
export const Count = z.number().int().nonnegative();

/** The date a document answers for, `YYYY-MM-DD`. */
export const AsOf = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A date the rules publish (`YYYY-MM-DD`), or null where they do not. */
export const PublishedDate = z.string().nullable();

/** How well a source supports a value; `unknown` never decides a verdict. */
export const Evidence = z.enum(EVIDENCE_LEVELS);

/** A measure's verdict. */
export const Verdict = z.enum(VERDICTS);

/** A condition's three-valued result. */
export const LeafResult = z.enum(LEAF_RESULTS);

/** An application window relative to the as-of date. */
export const WindowState = z.enum(WINDOW_STATES);

/** A profile's value of a fact, normalised (money in yuan, a date as written); null when missing. */
export const Actual = z.union([z.string(), z.number(), z.boolean(), z.array(z.union([z.string(), z.number()])), z.null()]);

/** A programme version on the as-of date: `current`, `history` (counts nothing) or `pinned` (`--rules-version`). */
export const Round = z.enum(ROUNDS);

/** A programme's id, as its rule files name it: `putuo-digital-transformation`. */
export const ProgrammeId = z.string();

/** A programme version's name within its programme: `2022`. */
export const VersionName = z.string();

/** A rule file's SHA-256, lower-case hex: it names the exact bytes the answer rests on. */
export const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

/** Text in both languages, as the rule files give it. */
export const Bilingual = z.strictObject({ zh: z.string(), en: z.string() });

/** The tool that wrote the document. */
export const Tool = z.strictObject({ name: z.string(), version: z.string() });

/** A company as a result names it; either is null when the profile does not say. */
export const Company = z.strictObject({ name: z.string().nullable(), uscc: z.string().nullable() });

/** Whether a diagnostic stops the run (`error`) or only warns. */
export const Severity = z.enum(['error', 'warning']);

/** A 1-based line or column; 0 when the finding has no position (a file that cannot be read). */
export const Position = z.number().int().nonnegative();

/** A caveat: a stable code and its sentence in the chosen language. */
export const Caveat = z.strictObject({ code: z.string(), message: z.string() });
