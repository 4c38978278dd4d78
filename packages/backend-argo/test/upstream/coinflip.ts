// examples/coinflip.yaml: a script flips a coin; one of two containers runs.
import { equal, runContainer, runScript, when, workflow } from '@couler/dsl';

export const FLIP_SOURCE = 'import random\nresult = "heads" if random.randint(0,1) == 0 else "tails"\nprint(result)\n';

export default workflow('coinflip', () => {
  const flip = runScript({ stepName: 'flip-coin', image: 'python:alpine3.23', command: 'python', source: FLIP_SOURCE });
  when(equal(flip, 'heads'), () => runContainer({ stepName: 'heads', image: 'busybox', command: ['sh', '-c'], args: ['echo "it was heads"'] }));
  when(equal(flip, 'tails'), () => runContainer({ stepName: 'tails', image: 'busybox', command: ['sh', '-c'], args: ['echo "it was tails"'] }));
});
