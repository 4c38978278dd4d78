import { checkParamList } from './param-rules';
import { DNS1123_LABEL, GO_DURATION, isObject, listOf, type Json, type Path, type RuleContext } from './rule-context';

const RESULT_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const ON_ERROR = new Set(['continue', 'stopAndFail']);

/** `Task.spec` and the body of an embedded `taskSpec` (`pkg/apis/pipeline/v1/task_validation.go`). */
export function checkTaskSpec(spec: Json, path: Path, context: RuleContext): void {
  const steps = listOf(spec.steps);
  if (steps.length === 0) context.report('task-steps', [...path, 'steps'], 'A Task needs at least one step.');
  const templateImage = isObject(spec.stepTemplate) && typeof spec.stepTemplate.image === 'string' && spec.stepTemplate.image !== '';
  const names = new Set<string>();
  steps.forEach((step, index) => {
    const stepPath = [...path, 'steps', index];
    const name = step.name;
    if (typeof name === 'string' && name !== '') {
      if (!DNS1123_LABEL.test(name) || name.length > 63) context.report('task-steps', [...stepPath, 'name'], `Step name "${name}" is not a DNS-1123 label.`);
      if (names.has(name)) context.report('task-steps', [...stepPath, 'name'], `Two steps are named "${name}".`);
      names.add(name);
    }
    if ((typeof step.image !== 'string' || step.image === '') && step.ref === undefined && !templateImage) {
      context.report('task-steps', [...stepPath, 'image'], `Step ${typeof name === 'string' && name ? `"${name}"` : index} has no image (and no ref or stepTemplate.image).`);
    }
    if (typeof step.script === 'string' && step.script !== '' && Array.isArray(step.command) && step.command.length > 0) {
      context.report('task-steps', [...stepPath, 'script'], `Step ${typeof name === 'string' && name ? `"${name}"` : index} has both script and command; a script is run by its #! line or sh.`);
    }
    if (step.onError !== undefined && (typeof step.onError !== 'string' || !(ON_ERROR.has(step.onError) || /^\$\(params\.[^()]+\)$/.test(step.onError)))) {
      context.report('on-error', [...stepPath, 'onError'], `onError of a step must be "continue" or "stopAndFail"; got ${JSON.stringify(step.onError)}.`);
    }
    if (step.timeout !== undefined && (typeof step.timeout !== 'string' || !GO_DURATION.test(step.timeout))) {
      context.report('timeout-format', [...stepPath, 'timeout'], `Step timeout must be a Go duration such as "90s"; got ${JSON.stringify(step.timeout)}.`);
    }
  });
  checkParamList(spec.params, [...path, 'params'], 'the task', context);
  const workspaces = new Set<string>();
  const mountPaths = new Set<string>();
  listOf(spec.workspaces).forEach((workspace, index) => {
    const name = workspace.name;
    if (typeof name !== 'string' || name === '') {
      context.report('workspace-names', [...path, 'workspaces', index, 'name'], 'A task workspace has no name.');
      return;
    }
    if (workspaces.has(name)) context.report('workspace-names', [...path, 'workspaces', index, 'name'], `Task workspace "${name}" is declared twice.`);
    workspaces.add(name);
    const mountPath = typeof workspace.mountPath === 'string' && workspace.mountPath !== '' ? workspace.mountPath : `/workspace/${name}`;
    if (mountPaths.has(mountPath)) context.report('workspace-names', [...path, 'workspaces', index, 'mountPath'], `Two task workspaces mount at "${mountPath}".`);
    mountPaths.add(mountPath);
  });
  const results = new Set<string>();
  listOf(spec.results).forEach((result, index) => {
    const name = result.name;
    if (typeof name !== 'string' || !RESULT_NAME.test(name)) {
      context.report('task-result-name', [...path, 'results', index, 'name'], `Task result name ${JSON.stringify(name)} must match ^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$.`);
      return;
    }
    if (results.has(name)) context.report('task-result-name', [...path, 'results', index, 'name'], `Task result "${name}" is declared twice.`);
    results.add(name);
  });
}
