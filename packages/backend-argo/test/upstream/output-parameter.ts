// examples/output-parameter.yaml: a file's contents become a parameter of the next step.
import { createParameterArtifact, runContainer, workflow } from '@couler/dsl';
import { patchStep } from './patch-ir';

const built = workflow('output-parameter', () => {
  const generate = runContainer({
    stepName: 'generate-parameter',
    image: 'busybox',
    command: ['sh', '-c'],
    args: ['sleep 1; echo -n hello world > /tmp/hello_world.txt'],
    output: createParameterArtifact('/tmp/hello_world.txt', { name: 'hello-param' }),
  });
  runContainer({ stepName: 'consume-parameter', image: 'busybox', command: ['echo'], args: [generate.output('hello-param')] });
});

// DSL gap: createParameterArtifact has no default for when the file cannot be read.
export default patchStep(built, 'generate-parameter', (step) => ({
  ...step,
  outputs: { parameters: [{ name: 'hello-param', path: '/tmp/hello_world.txt', default: 'Foobar' }] },
}));
