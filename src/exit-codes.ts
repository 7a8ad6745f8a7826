/** The documented exit codes. When several apply, the first in PRECEDENCE wins. */
export const EXIT = {
  ok: 0,
  gate: 1,
  cannotRun: 2,
  invalidProfiles: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

const PRECEDENCE: readonly ExitCode[] = [EXIT.cannotRun, EXIT.invalidProfiles, EXIT.gate, EXIT.ok];

export function worst(codes: readonly ExitCode[]): ExitCode {
  return PRECEDENCE.find((code) => codes.includes(code)) ?? EXIT.ok;
}

/** Exit codes on a signal, as shells report them (128 + its number): the run did not complete, and no `--output` file changed. */
export const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;
