import type { RunPhase, StepPhase } from '@couler/backend-local';

const SYMBOLS: Record<StepPhase, string> = {
  Pending: '·',
  Running: '⟳',
  Succeeded: '✓',
  Failed: '✗',
  Error: '✗',
  Skipped: '↷',
  Omitted: '-',
  Cached: '≡',
  Cancelled: '⊘',
};

/** One character per phase, for tables and progress lines. */
export function phaseSymbol(phase: StepPhase | RunPhase): string {
  return SYMBOLS[phase];
}
