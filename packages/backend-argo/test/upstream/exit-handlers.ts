// examples/exit-handlers.yaml: a failing step; the exit handler notifies, and celebrates or cries.
import { concat, notEqual, runContainer, setExitHandler, when, workflow, workflowName, workflowStatus, type ValueInput } from '@couler/dsl';

const alpine = (stepName: string, script: ValueInput) => runContainer({ stepName, image: 'alpine:3.23', command: ['sh', '-c'], args: [script] });

export default workflow('exit-handlers', () => {
  alpine('intentional-fail', 'echo intentional failure; exit 1');
  setExitHandler('Any', () =>
    alpine('notify', concat`echo send e-mail: ${workflowName} ${workflowStatus} ${{ ref: 'workflow', field: 'duration' }}. Failed steps ${{ ref: 'workflow', field: 'failures' }}`),
  );
  setExitHandler('Succeeded', () => alpine('celebrate', 'echo hooray!'));
  setExitHandler('Any', () => when(notEqual(workflowStatus, 'Succeeded'), () => alpine('cry', 'echo boohoo!')));
});
