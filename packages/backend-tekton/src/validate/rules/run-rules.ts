import { checkParamList } from './param-rules';
import { checkPipelineSpec } from './pipeline-spec-rules';
import { GO_DURATION, isObject, listOf, type Json, type Path, type RuleContext } from './rule-context';
import { checkStepVariables } from './step-variable-rules';
import { checkTaskSpec } from './task-spec-rules';

const VOLUME_SOURCES = ['emptyDir', 'persistentVolumeClaim', 'volumeClaimTemplate', 'configMap', 'secret', 'projected', 'csi'];

function checkRunWorkspaces(workspaces: unknown, path: Path, context: RuleContext): void {
  const seen = new Set<string>();
  listOf(workspaces).forEach((binding, index) => {
    const at = [...path, index];
    const name = binding.name;
    if (typeof name !== 'string' || name === '') context.report('workspace-names', [...at, 'name'], 'A run workspace binding has no name.');
    else if (seen.has(name)) context.report('workspace-names', [...at, 'name'], `The run binds workspace "${name}" twice.`);
    else seen.add(name);
    const sources = VOLUME_SOURCES.filter((key) => binding[key] !== undefined);
    if (sources.length !== 1) {
      context.report('run-workspace-source', at, `Run workspace "${String(name)}" needs exactly one of ${VOLUME_SOURCES.join(', ')}${sources.length ? `; it has ${sources.join(' and ')}` : ''}.`);
    }
  });
}

/** `PipelineRun.spec` (`pipelinerun_validation.go`). */
export function checkPipelineRunSpec(spec: Json, path: Path, context: RuleContext): void {
  const refs = ['pipelineRef', 'pipelineSpec'].filter((key) => spec[key] !== undefined);
  if (refs.length !== 1) context.report('run-ref-xor-spec', path, `A PipelineRun needs exactly one of pipelineRef and pipelineSpec${refs.length ? `; it has both` : ''}.`);
  checkParamList(spec.params, [...path, 'params'], 'the PipelineRun', context, { values: true });
  checkRunWorkspaces(spec.workspaces, [...path, 'workspaces'], context);
  if (isObject(spec.timeouts)) {
    for (const [key, value] of Object.entries(spec.timeouts)) {
      if (typeof value !== 'string' || !GO_DURATION.test(value)) context.report('timeout-format', [...path, 'timeouts', key], `timeouts.${key} must be a Go duration such as "1h0m0s"; got ${JSON.stringify(value)}.`);
    }
  }
  if (isObject(spec.pipelineSpec)) {
    const runParams = listOf(spec.params).map((param) => param.name).filter((name): name is string => typeof name === 'string');
    checkPipelineSpec(spec.pipelineSpec, [...path, 'pipelineSpec'], { embedded: true, runParams }, context);
  }
}

/** `TaskRun.spec` (`taskrun_validation.go`). */
export function checkTaskRunSpec(spec: Json, path: Path, context: RuleContext): void {
  const refs = ['taskRef', 'taskSpec'].filter((key) => spec[key] !== undefined);
  if (refs.length !== 1) context.report('run-ref-xor-spec', path, `A TaskRun needs exactly one of taskRef and taskSpec${refs.length ? '; it has both' : ''}.`);
  checkParamList(spec.params, [...path, 'params'], 'the TaskRun', context, { values: true });
  checkRunWorkspaces(spec.workspaces, [...path, 'workspaces'], context);
  if (spec.timeout !== undefined && (typeof spec.timeout !== 'string' || !GO_DURATION.test(spec.timeout))) {
    context.report('timeout-format', [...path, 'timeout'], `timeout must be a Go duration such as "1h0m0s"; got ${JSON.stringify(spec.timeout)}.`);
  }
  if (isObject(spec.taskSpec)) {
    checkTaskSpec(spec.taskSpec, [...path, 'taskSpec'], context);
    checkStepVariables(spec.taskSpec, [...path, 'taskSpec'], context, { params: listOf(spec.params).map((param) => String(param.name)) });
  }
}
