/**
 * Hands out unique names from wanted ones, deterministically: the first claim of a name gets it,
 * later claims get `-2`, `-3`, … (shortened to fit `maxLength`). Argo template and task names
 * share one namespace per list, parameter names one per template.
 */
export class NameAllocator {
  private readonly taken = new Set<string>();

  constructor(
    private readonly maxLength: number,
    reserved: Iterable<string> = [],
  ) {
    for (const name of reserved) this.taken.add(name);
  }

  /** Whether `name` is already handed out (or reserved). */
  has(name: string): boolean {
    return this.taken.has(name);
  }

  /** `wanted` if free, else the first free `wanted-N`; always at most `maxLength` long. */
  claim(wanted: string): string {
    const base = trimName(wanted, this.maxLength);
    if (!this.taken.has(base)) {
      this.taken.add(base);
      return base;
    }
    for (let suffix = 2; ; suffix++) {
      const tail = `-${suffix}`;
      const candidate = `${trimName(base, this.maxLength - tail.length)}${tail}`;
      if (!this.taken.has(candidate)) {
        this.taken.add(candidate);
        return candidate;
      }
    }
  }
}

function trimName(name: string, maxLength: number): string {
  return name.length <= maxLength ? name : name.slice(0, maxLength).replace(/[-_]+$/, '');
}

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
