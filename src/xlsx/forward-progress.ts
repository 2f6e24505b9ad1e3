/**
 * The one invariant every scanner here keeps: each step moves strictly
 * forward through its input. A scanner that steps back on a damaged part
 * could loop for ever, so a step that does not move forward is a bug and
 * fails loudly instead.
 */

/** Returns `next`, after checking that it lies beyond `previous`. */
export function forward(previous: number, next: number): number {
  if (!(next > previous)) throw new ScannerStalledError(previous, next);
  return next;
}

export class ScannerStalledError extends Error {
  constructor(previous: number, next: number) {
    super(`scanner made no progress (${previous} → ${next})`);
    this.name = "ScannerStalledError";
  }
}
