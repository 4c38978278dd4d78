import { exprMember } from './render-condition';

/**
 * What a reader of a mapped step's output gets: every iteration's value as one JSON list, `[]`
 * when no iteration produced one (all skipped by their `when`, all failed, or no items).
 *
 * Argo aggregates a loop's outputs only from the iterations that succeeded
 * (`processAggregateNodeOutputs`, `workflow/controller/operator.go`): `tasks.x.outputs.result`
 * is set for a loop that had items, but `tasks.x.outputs.parameters.y` only once an iteration
 * produced `y`; a loop without items is a Skipped node that sets neither. A plain tag for a value
 * that was never set makes Argo 4.1 wait for it forever (`resolveDependencyReferences` requeues
 * the task) and earlier releases pass the tag's own text on. So a fan-in is read through an
 * expression that falls back to `[]`; `type(…) == 'map'` because, until an iteration produced a
 * parameter, `tasks.x.outputs.parameters` is Argo's list of every iteration's parameters, as text.
 * `tasks` itself is indexed plainly (`tasks['x']?.…`), so that no pass before the task's own can
 * evaluate the expression (before 3.6, expr-lang read an unknown name as nil, and `nil['x']` is
 * an error there too).
 *
 * @param task the task in expr-lang (`tasks['x']`, `steps['x']`).
 */
export function fanInExpr(task: string, output: { kind: 'result' } | { kind: 'parameter'; name: string }): string {
  if (output.kind === 'result') return `${task}?.outputs?.result ?? '[]'`;
  const parameters = `${task}?.outputs?.parameters`;
  return `type(${parameters}) == 'map' ? (${exprMember(parameters, output.name)} ?? '[]') : '[]'`;
}
