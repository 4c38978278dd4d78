// Code 2 of the Couler tech report: flip a coin, then run the branch that matches.
import { equal, runContainer, runScript, when, workflow } from '@couler/dsl';

const randomCode = `import random

res = "heads" if random.randint(0, 1) == 0 else "tails"
print(res)
`;

function flipCoin() {
  return runScript({ image: 'python:3.12-alpine', command: 'python3', source: randomCode });
}

function heads() {
  return runContainer({ image: 'alpine:3.20', command: ['sh', '-c', 'echo "it was headed"'] });
}

function tails() {
  return runContainer({ image: 'alpine:3.20', command: ['sh', '-c', 'echo "it was tailed"'] });
}

export default workflow('coinflip', () => {
  const result = flipCoin();
  when(equal(result, 'heads'), () => heads());
  when(equal(result, 'tails'), () => tails());
});
