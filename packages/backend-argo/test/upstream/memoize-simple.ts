// examples/memoize-simple.yaml: a memoized step with an explicit key, a ConfigMap cache and a max age.
// Upstream's entrypoint is the step itself, so the workflow's outputs are the step's.
import { createParameterArtifact, runContainer, workflow, workflowOutput } from '@couler/dsl';

export default workflow('memoized', () => {
  const world = runContainer({
    stepName: 'world-to-file',
    image: 'busybox',
    command: ['sh', '-c'],
    args: ['echo world > /tmp/hello_world.txt'],
    output: createParameterArtifact('/tmp/hello_world.txt', { name: 'hello' }),
    cache: { key: 'cache-key', ttl: '10s', storage: 'cache-config' },
  });
  workflowOutput('hello', world.output('hello'));
});
