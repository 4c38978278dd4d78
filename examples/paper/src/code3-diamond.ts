// Code 3 of the Couler tech report: the diamond A → (B, C) → D, written with dag().
import { dag, runContainer, workflow } from '@couler/dsl';

function job(name: string) {
  return runContainer({ image: 'docker/whalesay:latest', command: ['cowsay'], args: [name], stepName: name });
}

//   A
//  / \
// B   C
//  \ /
//   D
function diamond(): void {
  dag([
    [() => job('A')],
    [() => job('A'), () => job('B')], // A -> B
    [() => job('A'), () => job('C')], // A -> C
    [() => job('B'), () => job('D')], // B -> D
    [() => job('C'), () => job('D')], // C -> D
  ]);
}

export default workflow('code3-diamond', () => diamond());
