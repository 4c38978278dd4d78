/** `0.4s`, `12.3s`, `4m05s`, `2h03m`. */
export function formatDuration(ms: number): string {
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 3600) return `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s`;
  return `${Math.floor(seconds / 3600)}h${String(Math.floor((seconds % 3600) / 60)).padStart(2, '0')}m`;
}

/** Milliseconds between two ISO times, or until now when the second is missing. */
export function elapsed(from: string | undefined, to: string | undefined, now = Date.now()): number | undefined {
  if (from === undefined) return undefined;
  return (to === undefined ? now : Date.parse(to)) - Date.parse(from);
}
