// examples/coinflip-recursive.yaml: flip until heads (upstream recurses; execWhile loops, capped).
import { equal, execWhile, runContainer, runScript, when, workflow } from '@couler/dsl';
import { FLIP_SOURCE } from './coinflip';

export default workflow('coinflip-recursive', () => {
  const flip = execWhile(equal('tails'), () => runScript({ stepName: 'flip-coin', image: 'python:alpine3.23', command: 'python', source: FLIP_SOURCE }));
  when(equal(flip, 'heads'), () => runContainer({ stepName: 'heads', image: 'busybox', command: ['sh', '-c'], args: ['echo "it was heads"'] }));
});
