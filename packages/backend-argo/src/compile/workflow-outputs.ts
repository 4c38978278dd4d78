import { isConcat, type Ref, type StepOutputRef, type Workflow, type WorkflowOutputParameter } from '@couler/ir';
import type { ArgoArtifact, ArgoParameter } from './argo-types';
import { exprString } from './expr-literal';
import { exprMember } from './render-condition';
import type { TaskScope } from './task-scope';
import { unsupported } from './unsupported';

/**
 * The workflow's outputs as outputs of the entry template, each evaluated (`valueFrom.expression`)
 * once the main tasks are done and exported under its own name (`globalName`): Argo lists them
 * in the workflow's status as `outputs.parameters`, and `{{workflow.outputs.parameters.x}}`.
 *
 * `firstOf` becomes a chain of `status == 'Succeeded' ? … :` tests, ending with the last output
 * as it is, as Argo's dag-conditional-parameters example does.
 */
export function workflowOutputParameters(workflow: Workflow, scope: TaskScope, globalNames: ReadonlyMap<string, string>): ArgoParameter[] {
  return (workflow.spec.outputs?.parameters ?? []).map((output) => ({
    name: output.name,
    valueFrom: { expression: outputExpression(output, scope) },
    globalName: globalNames.get(output.name)!,
    ...(output.description !== undefined && { description: output.description }),
  }));
}

/**
 * The workflow's output artifacts as output artifacts of the entry template, each chosen by an
 * expression over the main tasks (`fromExpression`: the first that succeeded, as for `firstOf`
 * values) and exported under its own name (`globalName`, `{{workflow.outputs.artifacts.x}}`).
 */
export function workflowOutputArtifacts(workflow: Workflow, scope: TaskScope, globalNames: ReadonlyMap<string, string>): ArgoArtifact[] {
  return (workflow.spec.outputs?.artifacts ?? []).map((output) => ({
    name: output.name,
    fromExpression: firstOfExpression(output.firstOf, scope, ['outputs', 'artifacts', output.name]),
    globalName: globalNames.get(output.name)!,
  }));
}

function outputExpression(output: WorkflowOutputParameter, scope: TaskScope): string {
  const path = ['outputs', 'parameters', output.name];
  if (output.firstOf) return firstOfExpression(output.firstOf, scope, path);
  const value = output.value!;
  if (typeof value === 'string') return exprString(value);
  const parts: Array<string | Ref> = isConcat(value) ? value.concat : [value];
  return parts.map((part) => (typeof part === 'string' ? exprString(part) : scope.expr(part).text)).join(' + ');
}

/** `a.status == 'Succeeded' ? a.out : b.status == 'Succeeded' ? b.out : c.out`, over main tasks only. */
function firstOfExpression(firstOf: ReadonlyArray<StepOutputRef>, scope: TaskScope, path: ReadonlyArray<string | number>): string {
  const alternatives = firstOf.map((ref, index) => {
    const unit = scope.unitOf(ref.step);
    if (!unit?.entry) {
      throw unsupported(path[1] === 'artifacts' ? 'workflow.output-artifacts' : 'workflow.outputs', `"firstOf" over step "${ref.step}", which runs inside a loop or a capped group, where whether it ran is not known at the top`, {
        path: [...path, 'firstOf', index],
        stepName: ref.step,
        hint: 'Export the value from the group first, or read a step at the top level.',
      });
    }
    return { status: `${exprMember(scope.prefix, unit.taskName)}.status`, value: scope.expr(ref).text };
  });
  const last = alternatives.pop()!;
  return [...alternatives.map(({ status, value }) => `${status} == 'Succeeded' ? ${value} : `), last.value].join('');
}
