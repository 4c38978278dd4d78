import { stringsIn, unknownReferences } from '../variables';
import { isObject, listOf, type Json, type Path, type RuleContext } from './rule-context';

const TASK_CONTEXT: ReadonlyArray<readonly [string, ReadonlySet<string>]> = [
  [String.raw`context\.taskRun`, new Set(['name', 'namespace', 'uid'])],
  [String.raw`context\.task`, new Set(['name', 'retry-count'])],
];

/** What a task's steps may read besides what the task declares (propagation into embedded specs). */
export interface PropagatedNames {
  readonly params?: Iterable<string>;
}

/** The step fields Tekton checks for variables (`validateStepVariables`), with their paths. */
function stepStrings(step: Json, path: Path): Array<{ text: string; path: Path }> {
  const out: Array<{ text: string; path: Path }> = [];
  for (const key of ['name', 'image', 'workingDir', 'script']) if (typeof step[key] === 'string') out.push({ text: step[key] as string, path: [...path, key] });
  for (const key of ['command', 'args']) out.push(...stringsIn(step[key], [...path, key]));
  for (const [index, variable] of listOf(step.env).entries()) if (typeof variable.value === 'string') out.push({ text: variable.value, path: [...path, 'env', index, 'value'] });
  listOf(step.volumeMounts).forEach((mount, index) => {
    for (const key of ['name', 'mountPath', 'subPath']) if (typeof mount[key] === 'string') out.push({ text: mount[key] as string, path: [...path, 'volumeMounts', index, key] });
  });
  return out;
}

/**
 * Variables in a task's steps, with Tekton's own patterns (`task_validation.go`): every
 * `$(params…)` names a declared param, every `$(context.taskRun…)` / `$(context.task…)` a known
 * context variable. Tekton reads anything from `$(params` to the next `)` as a reference, so
 * `$(params.x )` is the unknown param `x `. (Workspace variables are left to the run: Tekton
 * leaves an unknown one as written.)
 */
export function checkStepVariables(spec: Json, path: Path, context: RuleContext, propagated: PropagatedNames = {}): void {
  const names = (list: unknown) => listOf(list).map((item) => item.name).filter((name): name is string => typeof name === 'string');
  const params = new Set([...names(spec.params), ...(propagated.params ?? [])]);
  listOf(spec.steps).forEach((step, index) => {
    if (!isObject(step)) return;
    const where = ` in step ${typeof step.name === 'string' && step.name ? `"${step.name}"` : index}`;
    for (const { text, path: at } of stepStrings(step, [...path, 'steps', index])) {
      const problems = [
        ...unknownReferences(text, 'params', params, { where, what: 'param', owner: 'the task' }),
        ...TASK_CONTEXT.flatMap(([prefix, known]) => unknownReferences(text, prefix, known, { where, what: 'context variable', owner: 'Tekton' })),
      ];
      for (const message of problems) context.report('step-variables', at, message);
    }
  });
}
