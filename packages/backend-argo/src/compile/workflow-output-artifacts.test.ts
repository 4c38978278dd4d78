import { describe, expect, it } from 'vitest';
import { compileChecked } from '../../test/support/compile-checked';
import { irWorkflow } from '../../test/support/ir';
import { createArgoBackend } from '../argo-backend';

const result = (step: string) => ({ ref: 'step', step, output: 'result' }) as const;
const model = (step: string) => ({ ref: 'step', step, output: 'model' }) as const;
const writer = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  kind: 'container' as const,
  container: { image: 'alpine:3.20', command: ['sh', '-c', 'echo x > /tmp/m'] },
  outputs: { artifacts: [{ name: 'model', path: '/tmp/m' }] },
  when: { op: 'equal', left: result('flip'), right: name },
  ...extra,
});
const flip = { name: 'flip', kind: 'container' as const, container: { image: 'alpine:3.20', command: ['echo', 'heads'] } };

describe('workflow output artifacts (firstOf over artifacts)', () => {
  it('are output artifacts of the entry template chosen by fromExpression, in dag and steps style', () => {
    for (const [style, root] of [['dag', 'tasks'], ['steps', 'steps']] as const) {
      const value = irWorkflow('pick', [flip, writer('heads'), writer('tails')] as never, { outputs: { artifacts: [{ name: 'model', firstOf: [model('heads'), model('tails')] }] } } as never);
      const { template } = compileChecked(value, { templateStyle: style });
      expect(template('pick').outputs).toEqual({
        artifacts: [
          {
            name: 'model',
            fromExpression: `${root}['heads'].status == 'Succeeded' ? ${root}['heads'].outputs.artifacts['model'] : ${root}['tails'].outputs.artifacts['model']`,
            globalName: 'model',
          },
        ],
      });
    }
  });

  it('must read single artifacts of main steps: a value or a mapped step is refused when the workflow is validated', async () => {
    const backend = createArgoBackend();
    const refused = async (steps: unknown[], firstOf: unknown[]) =>
      backend.doCompile(irWorkflow('pick', steps as never, { outputs: { artifacts: [{ name: 'model', firstOf }] } } as never), {}).then(
        () => undefined,
        (error: { code: string; message: string; errors?: Array<{ code: string; message: string }> }) => error.errors ?? [error],
      );
    expect(await refused([flip, writer('heads'), writer('tails')], [result('heads')])).toEqual([expect.objectContaining({ code: 'TYPE_MISMATCH' })]);
    expect(await refused([flip, writer('heads', { when: undefined, map: { items: ['a', 'b'] } }), writer('tails')], [model('heads'), model('tails')])).toEqual([
      expect.objectContaining({ code: 'INVALID_REFERENCE', message: expect.stringContaining('runs once per item') }),
    ]);
  });
});
