// examples/loops-param-result.yaml: a script prints a JSON list; one step per item.
import { concat, map, runContainer, runScript, workflow } from '@couler/dsl';

export default workflow('loops-param-result', () => {
  const generate = runScript({ stepName: 'generate', image: 'python:alpine3.23', command: 'python', source: 'import json\nimport sys\njson.dump([i for i in range(20, 31)], sys.stdout)\n' });
  map(
    (seconds) =>
      runContainer({
        stepName: 'sleep',
        image: 'alpine:3.23',
        command: ['sh', '-c'],
        args: [concat`echo sleeping for ${seconds} seconds; sleep ${seconds}; echo done`],
      }),
    generate,
  );
});
