/**
 * The one empty list results share when they have nothing to list (no missing fact, no step, no
 * candidate): frozen, so a consumer that tried to add to it would fail loudly rather than change
 * another result. Typed as a list of nothing, so it stands for an empty list of any type without a cast.
 */
export const NONE: never[] = Object.freeze([]) as never[];
