// examples/workflow-template/templates.yaml: five WorkflowTemplates. Upstream's inner-steps and
// inner-dag call print-message of WorkflowTemplate workflow-template-print-message (templateRef)
// for some steps and a copy of it in their own document for others; so do these.
import { concurrent, dag, parameter, runContainer, runTemplateRef, workflow } from '@couler/dsl';

const printMessage = (stepName: string, message: Parameters<typeof runContainer>[0]['args']) => runContainer({ stepName, image: 'busybox', command: ['echo'], args: message });
const sharedPrintMessage = (stepName: string) =>
  runTemplateRef({ stepName, workflowTemplate: 'workflow-template-print-message', template: 'print-message', parameters: { message: stepName } });

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
  sharedPrintMessage('inner-hello1');
  concurrent([() => sharedPrintMessage('inner-hello2a'), () => printMessage('inner-hello2b', ['inner-hello2b'])]);
});

export const innerDag = workflow('workflow-template-inner-dag', () => {
  const node = (name: string) => () => (name === 'inner-A' || name === 'inner-D' ? sharedPrintMessage(name) : printMessage(name, [name]));
  dag([[node('inner-A')], [node('inner-A'), node('inner-B')], [node('inner-A'), node('inner-C')], [node('inner-B'), node('inner-D')], [node('inner-C'), node('inner-D')]]);
});

export const submittable = workflow('workflow-template-submittable', () => {
  printMessage('print-message', [parameter('message', { default: 'hello world' })]);
});
