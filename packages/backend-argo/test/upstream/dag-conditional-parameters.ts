// examples/dag-conditional-parameters.yaml: a DAG whose steps run on the flip's result.
import { equal, runScript, setDependencies, when, workflow } from '@couler/dsl';

export default workflow('dag-conditional-parameter', () => {
  const flip = setDependencies(() =>
    runScript({ stepName: 'flip-coin', image: 'python:alpine3.23', command: 'python', source: 'import random\nprint("heads" if random.randint(0,1) == 0 else "tails")\n' }),
  );
  when(equal(flip, 'heads'), () => runScript({ stepName: 'heads', image: 'python:alpine3.23', command: 'python', source: 'print("heads")\n' }));
  when(equal(flip, 'tails'), () => runScript({ stepName: 'tails', image: 'python:alpine3.23', command: 'python', source: 'print("tails")\n' }));
  // IR gap: the entry template's output "stepresult" (an expression over both branches) has no
  // IR construct; a workflow has no outputs of its own.
});
