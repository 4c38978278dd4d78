// examples/artifact-passing.yaml: one step writes a file, the next reads it as an artifact.
import { createLocalArtifact, runContainer, workflow } from '@couler/dsl';
import { patchStep } from './patch-ir';

const built = workflow('artifact-passing', () => {
  const generate = runContainer({
    stepName: 'generate-artifact',
    image: 'busybox',
    command: ['sh', '-c'],
    args: ['sleep 1; echo hello world | tee /tmp/hello_world.txt'],
    output: createLocalArtifact('/tmp/hello_world.txt', { name: 'hello-art' }),
  });
  runContainer({ stepName: 'consume-artifact', image: 'busybox', command: ['sh', '-c'], args: ['cat /tmp/message'], input: generate.output('hello-art') });
});

// DSL gap: an artifact read from another step is mounted at the producer's path under the
// producer's name; upstream reads it as "message" at /tmp/message.
export default patchStep(built, 'consume-artifact', (step) => ({
  ...step,
  inputs: { artifacts: [{ name: 'message', path: '/tmp/message', from: { ref: 'step', step: 'generate-artifact', output: 'hello-art' } }] },
}));
