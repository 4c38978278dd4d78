// examples/dag-conditional-parameters.yaml: a DAG whose steps run on the flip's result, and
// whose output "stepresult" is the result of whichever branch ran.
import { equal, firstOf, runScript, setDependencies, when, workflow, workflowOutput } from '@couler/dsl';

export default workflow('dag-conditional-parameter', () => {
  const flip = setDependencies(() =>
    runScript({ stepName: 'flip-coin', image: 'python:alpine3.23', command: 'python', source: 'import random\nprint("heads" if random.randint(0,1) == 0 else "tails")\n' }),
  );
  const heads = when(equal(flip, 'heads'), () => runScript({ stepName: 'heads', image: 'python:alpine3.23', command: 'python', source: 'print("heads")\n' }));
  const tails = when(equal(flip, 'tails'), () => runScript({ stepName: 'tails', image: 'python:alpine3.23', command: 'python', source: 'print("tails")\n' }));
  workflowOutput('stepresult', firstOf(heads, tails));
});
