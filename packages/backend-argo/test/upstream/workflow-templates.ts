// examples/workflow-template/templates.yaml: five WorkflowTemplates. Upstream's inner-steps and
// inner-dag call print-message of another WorkflowTemplate (templateRef); Couler has no
// cross-template reference (IR gap), so the same steps are written out in each.
import { concurrent, dag, parameter, runContainer, workflow } from '@couler/dsl';

const printMessage = (stepName: string, message: Parameters<typeof runContainer>[0]['args']) => runContainer({ stepName, image: 'busybox', command: ['echo'], args: message });

export const printMessageTemplate = workflow('workflow-template-print-message', () => {
  printMessage('print-message', [parameter('message')]);
});

export const randomFailTemplate = workflow('workflow-template-random-fail-template', () => {
  runContainer({
    stepName: 'random-fail-template',
    image: 'python:alpine3.23',
    command: ['python', '-c'],
    args: ['import random; import sys; exit_code = random.choice([0, 1, 1]); sys.exit(exit_code)'],
    retry: { limit: 10, on: 'failure' },
  });
});

export const innerSteps = workflow('workflow-template-inner-steps', () => {
  printMessage('inner-hello1', ['inner-hello1']);
  concurrent([() => printMessage('inner-hello2a', ['inner-hello2a']), () => printMessage('inner-hello2b', ['inner-hello2b'])]);
});

export const innerDag = workflow('workflow-template-inner-dag', () => {
  const node = (name: string) => () => printMessage(name, [name]);
  dag([[node('inner-A')], [node('inner-A'), node('inner-B')], [node('inner-A'), node('inner-C')], [node('inner-B'), node('inner-D')], [node('inner-C'), node('inner-D')]]);
});

export const submittable = workflow('workflow-template-submittable', () => {
  printMessage('print-message', [parameter('message', { default: 'hello world' })]);
});
