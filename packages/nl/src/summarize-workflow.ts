import type { Step, Workflow } from '@couler/ir';

/**
 * The DAG of a workflow in a few lines, for a person deciding whether it is what they asked
 * for: each step with what it runs, what it waits for, and its condition or loop.
 *
 *   load-data        container data-loader-image
 *   train-resnet     container training-image        after load-data
 *   select-model     container model-selection-image after compare-models  when …
 */
export function summarizeWorkflow(workflow: Workflow): string {
  const stepsOf = workflow.spec.steps;
  const rows = stepsOf.map((step) => [step.name, `${step.kind} ${whatRuns(step)}`, step.dependencies?.length ? `after ${step.dependencies.join(', ')}` : '', marks(step)]);
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  const lines = rows.map((row) => row.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]!) : cell)).join('  ').trimEnd());
  const parameters = workflow.spec.parameters?.map((parameter) => parameter.name) ?? [];
  const groups = workflow.spec.groups?.map((group) => `${group.name} (${group.kind})`) ?? [];
  return [
    `workflow ${workflow.metadata.name}: ${stepsOf.length} step${stepsOf.length === 1 ? '' : 's'}${parameters.length ? `, parameters ${parameters.join(', ')}` : ''}${groups.length ? `, groups ${groups.join(', ')}` : ''}`,
    ...lines.map((line) => `  ${line}`),
  ].join('\n');
}

function whatRuns(step: Step): string {
  switch (step.kind) {
    case 'container':
      return imageName(step.container.image);
    case 'script':
      return imageName(step.script.image);
    case 'job':
      return `${step.job.framework} ${step.job.image}`;
    default:
      return '';
  }
}

/** An image given by a parameter or an earlier step's output is shown as where it comes from. */
function imageName(image: unknown): string {
  if (typeof image === 'string') return image;
  const ref = image as { ref?: string; name?: string; step?: string; output?: string };
  return ref.ref === 'parameter' ? `{parameter ${ref.name}}` : ref.ref === 'step' ? `{${ref.step}.${ref.output}}` : '{computed}';
}

function marks(step: Step): string {
  const found: string[] = [];
  if (step.when) found.push('when …');
  if (step.map) found.push('map over items');
  const outputs = [...(step.outputs?.parameters ?? []), ...(step.outputs?.artifacts ?? [])].map((output) => output.name);
  if (outputs.length > 0) found.push(`outputs ${outputs.join(', ')}`);
  return found.join('; ');
}
