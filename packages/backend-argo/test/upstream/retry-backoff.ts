// examples/retry-backoff.yaml: a flaky step retried with exponential backoff.
import { runContainer, workflow } from '@couler/dsl';

export default workflow('retry-backoff', () => {
  runContainer({
    stepName: 'retry-backoff',
    image: 'python:alpine3.23',
    command: ['python', '-c'],
    args: ['import random; import sys; exit_code = random.choice([0, 1, 1]); sys.exit(exit_code)'],
    // Upstream names no policy: Argo's default is OnFailure. `cap` is the longest single wait.
    retry: { limit: 10, on: 'failure', backoff: { duration: '1s', factor: 2, maxDuration: '1m', cap: '5s' } },
  });
});
