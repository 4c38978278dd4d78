// examples/output-parameter.yaml: a file's contents become a parameter of the next step.
import { createParameterArtifact, runContainer, workflow } from '@couler/dsl';

export default workflow('output-parameter', () => {
  const generate = runContainer({
    stepName: 'generate-parameter',
    image: 'busybox',
    command: ['sh', '-c'],
    args: ['sleep 1; echo -n hello world > /tmp/hello_world.txt'],
    // "Foobar" when the file cannot be read, rather than failing the step.
    output: createParameterArtifact('/tmp/hello_world.txt', { name: 'hello-param', default: 'Foobar' }),
  });
  runContainer({ stepName: 'consume-parameter', image: 'busybox', command: ['echo'], args: [generate.output('hello-param')] });
});
