// examples/arguments-parameters.yaml: a workflow parameter printed by one container.
import { parameter, runContainer, workflow } from '@couler/dsl';

export default workflow('arguments-parameters', () => {
  const message = parameter('message', { default: 'hello world' });
  runContainer({ stepName: 'print-message', image: 'busybox', command: ['echo'], args: [message] });
});
