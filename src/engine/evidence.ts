import { EVIDENCE_LEVELS, type Evidence } from '../rules/enums.js';

/** 0 = stated (strongest) … 3 = unknown (weakest). */
export const rankOf = (e: Evidence): number => EVIDENCE_LEVELS.indexOf(e);
export const levelOf = (rank: number): Evidence => EVIDENCE_LEVELS[rank]!;
