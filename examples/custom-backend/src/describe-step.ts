import type { Image, Step } from '@couler/ir';
import { describeRef } from './describe-condition';

/** An image chosen when the step runs (a reference or concat) is drawn as `(chosen at run time)`. */
function describeImage(image: Image): string {
  return typeof image === 'string' ? image : '(chosen at run time)';
}

/** What runs: `container · alpine:3.20`, `job pytorch · my/trainer:1`, `resource create`, `suspend 30s`, `plugin · slack`, `data · list s3`. */
function describeBody(step: Step): string {
  switch (step.kind) {
    case 'container':
      return `container · ${describeImage(step.container.image)}`;
    case 'script':
      return `script · ${describeImage(step.script.image)}`;
    case 'job':
      return `job ${step.job.framework} · ${step.job.image}`;
    case 'resource':
      return `resource ${step.resource.action}`;
    case 'suspend':
      return step.suspend.durationSeconds === undefined ? 'suspend' : `suspend ${step.suspend.durationSeconds}s`;
    case 'templateRef':
      return `templateRef ${step.templateRef.name} · ${step.templateRef.template}`;
    case 'http':
      return `http ${step.http.method}`;
    case 'containerSet':
      return `containerSet · ${step.containerSet.containers.map((container) => container.name).join(', ')}`;
    case 'subWorkflow':
      return `sub-workflow · ${step.subWorkflow.name}`;
    case 'plugin':
      return `plugin · ${step.plugin.name}`;
    case 'data':
      return `data · list ${step.data.source.artifactPaths.type}`;
  }
}

/** The fan-out of a mapped step: `map over 3 items`, `map over split.result, 4 at a time`. */
function describeMap(map: NonNullable<Step['map']>): string {
  const over = map.items !== undefined ? `${map.items.length} ${map.items.length === 1 ? 'item' : 'items'}` : map.from ? describeRef(map.from) : 'nothing';
  return map.parallelism === undefined ? `map over ${over}` : `map over ${over}, ${map.parallelism} at a time`;
}

/**
 * The lines of a step's node label, unescaped: its name, what it runs, and its fan-out when
 * it is mapped. Images are user text and may hold anything; callers escape every line.
 */
export function describeStep(step: Step): string[] {
  const lines = [step.name, describeBody(step)];
  if (step.map) lines.push(describeMap(step.map));
  return lines;
}
