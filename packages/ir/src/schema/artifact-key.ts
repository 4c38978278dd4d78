import type { ArtifactKey } from './artifact';

/** How one engine writes a key: its escaping of literal text, and its placeholder for the run's id. */
export interface ArtifactKeySyntax {
  readonly literal: (text: string) => string;
  readonly runId: string;
}

/** Whether the key names the run's id, so that each run writes its own object. */
export function keyHasRunId(key: ArtifactKey): boolean {
  return typeof key !== 'string' && key.concat.some((part) => typeof part !== 'string');
}

/**
 * The key in one engine's syntax: literal parts through `syntax.literal` (so a hostile `{{ }}` or
 * `$(…)` stays text), the run's id as `syntax.runId`. Adjacent literal parts are escaped together.
 */
export function renderArtifactKey(key: ArtifactKey, syntax: ArtifactKeySyntax): string {
  if (typeof key === 'string') return syntax.literal(key);
  let rendered = '';
  let text = '';
  for (const part of key.concat) {
    if (typeof part === 'string') {
      text += part;
      continue;
    }
    if (text !== '') rendered += syntax.literal(text);
    text = '';
    rendered += syntax.runId;
  }
  return text === '' ? rendered : rendered + syntax.literal(text);
}

/** The key with the run's id filled in: what the local engine reads and writes. */
export function resolveArtifactKey(key: ArtifactKey, runId: string): string {
  return renderArtifactKey(key, { literal: (text) => text, runId });
}

/** The key for a person to read where no run is known yet: the run's id shown as `<run id>`. */
export function describeArtifactKey(key: ArtifactKey): string {
  return resolveArtifactKey(key, '<run id>');
}
