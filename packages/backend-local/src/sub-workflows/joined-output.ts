import type { Value } from '@couler/ir';
import { ResolveError, tryJson } from '../engine/resolve-value';
import type { CallJoin } from './expand-sub-workflows';

/**
 * Output `output` of the call `call`: its value in the one iteration, or — for a mapped call —
 * the JSON list of the value of every iteration that produced one, in item order (as for a
 * mapped step: an iteration skipped by a `when` is left out). `resolve` reads a value of the
 * call's steps; it throws `ResolveError` for one that has none.
 */
export function joinedOutput(join: CallJoin, call: string, output: string, resolve: (value: Value) => string): string {
  const valueIn = (iteration: CallJoin['iterations'][number]): string => {
    const entry = iteration.get(output);
    if (entry === undefined) throw new ResolveError(`Sub-workflow call "${call}" has no output "${output}".`);
    if (entry.value !== undefined) return resolve(entry.value);
    for (const ref of entry.firstOf ?? []) {
      try {
        return resolve(ref);
      } catch (error) {
        if (!(error instanceof ResolveError)) throw error;
      }
    }
    throw new ResolveError(`Output "${output}" of sub-workflow call "${call}" has no value: none of its steps that give it succeeded.`);
  };
  if (!join.mapped) return valueIn(join.iterations[0]!);
  const values: unknown[] = [];
  for (const iteration of join.iterations) {
    try {
      values.push(tryJson(valueIn(iteration)));
    } catch (error) {
      if (!(error instanceof ResolveError)) throw error;
    }
  }
  return JSON.stringify(values);
}
