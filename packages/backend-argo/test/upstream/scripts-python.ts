// examples/scripts-python.yaml: a script's standard output is printed by the next step.
import { concat, runContainer, runScript, workflow } from '@couler/dsl';

export default workflow('scripts-python', () => {
  const generate = runScript({ stepName: 'generate', image: 'python:alpine3.23', command: 'python', source: 'import random\ni = random.randint(1, 100)\nprint(i)\n' });
  runContainer({ stepName: 'print', image: 'alpine:3.23', command: ['sh', '-c'], args: [concat`echo result was: ${generate}`] });
});
