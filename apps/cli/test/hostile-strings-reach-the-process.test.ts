import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCouler, scratchWith } from './run-couler';
import { runStep, tasksOf } from './tekton-step';

// One table of text that each engine reads as syntax of its own (Argo and Jinja `{{`, Jinja
// `{%`/`{#`, Tekton `$(`, the shell's `$((…))`, `$(…)` and `${…}`, quotes, backslashes, newlines,
// unicode, a long value), literal and joined with a workflow parameter that holds some of it too.
// Each file is compiled with --validate (the engine's own rules), then the step is run here as
// the engine would run it, and the process must receive exactly the user's text. The same table
// runs through Airflow's generated pod in packages/backend-airflow/test/hostile-text-in-pods.test.ts.
const HOSTILE = [
  '{{workflow.name}}', '{{=1+1}}', 'abc{', '}x{{', '{% raw %}{% endraw %}', '{#c#}', '$(params.x)', '$(params.x )',
  '$(params["a b"])', '$(context.taskRun.name)', '$((1+2))', '$(echo hi)', '${HOME}', 'it\'s "q" \\ back', 'line1\nline2', 'ünï 😀',
  'x'.repeat(20_000),
];
const PARAMETER = '$(params.p) {% if %} }}';
const FILE = `import { concat, parameter, runContainer, workflow } from '@couler/dsl';

const HOSTILE = ${JSON.stringify(HOSTILE)};

export default workflow('hostile', () => {
  const p = parameter('p', { default: ${JSON.stringify(PARAMETER)} });
  runContainer({ image: 'alpine:3.20', command: ['printf', '%s|'], stepName: 'a', args: [...HOSTILE, concat('abc{', p), concat(p, '}x{{'), concat('$(', p, ')')] });
});
`;
const RECEIVED = [...HOSTILE, `abc{${PARAMETER}`, `${PARAMETER}}x{{`, `$(${PARAMETER})`].map((text) => `${text}|`).join('');

describe.concurrent('hostile strings reach the process byte for byte', { timeout: 120_000 }, () => {
  it('Tekton: the Pipeline passes --validate (its own variable patterns) and the step prints the text', async () => {
    const directory = scratchWith();
    writeFileSync(join(directory, 'hostile.ts'), FILE);
    const compiled = await runCouler(['compile', 'hostile.ts', '--backend', 'tekton', '--validate'], directory);
    expect(compiled.stderr).toBe('');
    expect(compiled.code).toBe(0);
    const [task] = tasksOf(compiled.stdout);
    const context = { 'context.taskRun.name': 'run-1', 'context.pipelineRun.name': 'run' };
    expect(runStep(task!, { 'params.p': PARAMETER }, context).stdout).toBe(RECEIVED);
  });
});
