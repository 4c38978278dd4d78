/** A run's or step's phase, in words and colour (the colour is never the only cue). */
export function PhaseBadge({ phase }: { phase: string }) {
  return <span className={`phase phase-${phase.toLowerCase()}`}>{phase}</span>;
}
