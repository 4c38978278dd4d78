export { NameAllocator } from '@couler/ir';

/**
 * DAG task names may not start with a digit once `depends` or `dependencies` is used (Argo's
 * validation), though DNS-1123 step names may: such names get a `step-` prefix.
 */
export function taskNameFor(stepName: string): string {
  return /^[0-9]/.test(stepName) ? `step-${stepName}` : stepName;
}

/** Argo parameter and artifact names: `[-a-zA-Z0-9_]+`. Anything else becomes `-`. */
export function parameterNameFor(text: string): string {
  const cleaned = text.replace(/[^-a-zA-Z0-9_]+/g, '-').replace(/^-+|-+$/g, '');
  return cleaned || 'value';
}
