/**
 * The values at `path` in a document: keys separated by dots, `key[]` for every item of the array
 * under `key` (`spec.templates[].dag.tasks[].withSequence`).
 */
export function findAtPath(document: unknown, path: string): unknown[] {
  let current: unknown[] = [document];
  for (const segment of path.split('.')) {
    const each = segment.endsWith('[]');
    const key = each ? segment.slice(0, -2) : segment;
    const next: unknown[] = [];
    for (const value of current) {
      if (typeof value !== 'object' || value === null || !(key in value)) continue;
      const child = (value as Record<string, unknown>)[key];
      if (!each) next.push(child);
      else if (Array.isArray(child)) next.push(...child.flat());
    }
    current = next;
  }
  return current;
}

/** Present and not empty: not missing, null, '', [] or {}; `false` and `0` are values a user set. */
export function isPresent(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}
