/**
 * Argo's `depends` expressions, for the fake controller: `a && (b.Failed || !c.Skipped)`. A bare
 * task name means `a.Succeeded || a.Skipped || a.Daemoned`, as in Argo's DAG docs.
 */
export type TaskPhaseOf = (task: string) => string | undefined;

const RESULTS: Record<string, (phase: string) => boolean> = {
  Succeeded: (phase) => phase === 'Succeeded',
  Failed: (phase) => phase === 'Failed',
  Errored: (phase) => phase === 'Error',
  Skipped: (phase) => phase === 'Skipped',
  Omitted: (phase) => phase === 'Omitted',
  Daemoned: () => false,
  AnySucceeded: (phase) => phase === 'Succeeded',
  AllFailed: (phase) => phase === 'Failed',
};

/** The task names an expression reads. */
export function dependsTasks(expression: string): string[] {
  return [...new Set([...expression.matchAll(/[A-Za-z0-9_-]+(?:\.[A-Za-z]+)?/g)].map((match) => match[0].split('.')[0]!))];
}

/** Evaluates `expression` once every task it reads has finished. */
export function evaluateDepends(expression: string, phaseOf: TaskPhaseOf): boolean {
  const tokens = expression.match(/&&|\|\||!|\(|\)|[A-Za-z0-9_-]+(?:\.[A-Za-z]+)?/g) ?? [];
  let position = 0;
  const peek = () => tokens[position];
  const primary = (): boolean => {
    const token = tokens[position++];
    if (token === '(') {
      const value = or();
      position++; // ')'
      return value;
    }
    if (token === '!') return !primary();
    const [task, result] = (token ?? '').split('.') as [string, string | undefined];
    const phase = phaseOf(task) ?? '';
    if (result === undefined) return phase === 'Succeeded' || phase === 'Skipped';
    const test = RESULTS[result];
    if (!test) throw new Error(`Unknown task result "${result}" in depends "${expression}".`);
    return test(phase);
  };
  const and = (): boolean => {
    let value = primary();
    while (peek() === '&&') {
      position++;
      value = primary() && value;
    }
    return value;
  };
  const or = (): boolean => {
    let value = and();
    while (peek() === '||') {
      position++;
      value = and() || value;
    }
    return value;
  };
  return or();
}
