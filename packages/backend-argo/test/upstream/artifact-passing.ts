// examples/artifact-passing.yaml: one step writes a file, the next reads it as an artifact.
import { createLocalArtifact, runContainer, workflow } from '@couler/dsl';

export default workflow('artifact-passing', () => {
  const generate = runContainer({
    stepName: 'generate-artifact',
    image: 'busybox',
    command: ['sh', '-c'],
    args: ['sleep 1; echo hello world | tee /tmp/hello_world.txt'],
    output: createLocalArtifact('/tmp/hello_world.txt', { name: 'hello-art' }),
  });
  // Upstream reads the file as "message" at /tmp/message, not where the producer wrote it.
  runContainer({ stepName: 'consume-artifact', image: 'busybox', command: ['sh', '-c'], args: ['cat /tmp/message'], input: generate.output('hello-art').at('/tmp/message', { name: 'message' }) });
});
