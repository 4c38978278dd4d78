// examples/memoize-simple.yaml: a memoized step with an explicit key, a ConfigMap cache and a max age.
import { createParameterArtifact, runContainer, workflow } from '@couler/dsl';

export default workflow('memoized', () => {
  runContainer({
    stepName: 'world-to-file',
    image: 'busybox',
    command: ['sh', '-c'],
    args: ['echo world > /tmp/hello_world.txt'],
    output: createParameterArtifact('/tmp/hello_world.txt', { name: 'hello' }),
    cache: { key: 'cache-key', ttl: '10s', storage: 'cache-config' },
  });
});
