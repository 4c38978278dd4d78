// Code 4 of the Couler tech report: flip a coin again and again while it comes up tails.
import { equal, execWhile, runScript, workflow } from '@couler/dsl';

const randomCode = `import random

result = "heads" if random.randint(0, 1) == 0 else "tails"
print(result)
`;

function flipCoin() {
  return runScript({ image: 'python:3.12-alpine', command: 'python3', source: randomCode });
}

export default workflow('code4-recursive', () => {
  // Stop flipping once the output of 'flip-coin' is no longer 'tails' (at most 20 flips).
  execWhile(equal('tails'), () => flipCoin(), { maxIterations: 20 });
});
