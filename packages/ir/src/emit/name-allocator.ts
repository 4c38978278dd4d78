/**
 * Hands out unique names from wanted ones, deterministically: the first claim of a name gets it,
 * later claims get `-2`, `-3`, … (shortened to fit `maxLength`). A backend keeps one per
 * namespace of the engine (Argo templates, Tekton pipeline tasks, parameters of one template …).
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
