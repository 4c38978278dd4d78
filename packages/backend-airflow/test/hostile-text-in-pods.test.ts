import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { concat, parameter, runContainer, workflow } from '@couler/dsl';
import { afterAll, describe, expect, it } from 'vitest';
import { compileChecked } from './support/compile-checked';
import { hasJinja } from './support/python';
import { readPod, runPod } from './support/run-pod';

const directory = mkdtempSync(join(tmpdir(), 'couler-hostile-pod-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

// The table of apps/cli/test/hostile-strings-reach-the-process.test.ts: text Jinja, Argo, Tekton
// and the shell each read as syntax, literal and joined with a parameter that holds some too.
const HOSTILE = [
  '{{workflow.name}}', '{{=1+1}}', 'abc{', '}x{{', '{% raw %}{% endraw %}', '{#c#}', '$(params.x)', '$(params.x )',
  '$(params["a b"])', '$(context.taskRun.name)', '$((1+2))', '$(echo hi)', '${HOME}', 'it\'s "q" \\ back', 'line1\nline2', 'ünï 😀',
  'x'.repeat(20_000),
];
const PARAMETER = '$(params.p) {% if %} }}';

describe.skipIf(!hasJinja)('hostile text in a pod', () => {
  it('passes the Jinja check, renders with jinja2 and the DAG params, and reaches the process byte for byte', async () => {
    const built = workflow('hostile', () => {
      const p = parameter('p', { default: PARAMETER });
      runContainer({ image: 'alpine:3.20', command: ['printf', '%s|'], stepName: 'a', args: [...HOSTILE, concat('abc{', p), concat(p, '}x{{'), concat('$(', p, ')')] });
    });
    const { source } = compileChecked(built);
    const pod = readPod(source, { taskId: 'a', dagId: 'hostile', runId: 'r1', params: { p: PARAMETER } });
    const { base } = await runPod(pod, { shared: join(directory, 'shared'), xcom: join(directory, 'xcom') });
    expect(base.stderr).toBe('');
    expect(base.stdout).toBe([...HOSTILE, `abc{${PARAMETER}`, `${PARAMETER}}x{{`, `$(${PARAMETER})`].map((text) => `${text}|`).join(''));
  });
});
