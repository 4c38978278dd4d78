import { describe, expect, it } from 'vitest';
import { runWorkflow } from '../src/run-workflow';
import { useTempDirs, workflowOf } from './helpers/workflows';

const dirs = useTempDirs();

// Names a user may give (IR identifiers) that are also members of every JavaScript object.
const NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];

describe('names that JavaScript objects already have', () => {
  it('are ordinary parameter, output and map-item names: values are neither lost nor replaced by Object built-ins', async () => {
    const parameters = NAMES.map((name, index) => ({ name, default: `default-${index}` }));
    const writeOutputs = NAMES.map((name, index) => `mkdir -p /tmp/out && echo output-${index} > /tmp/out/${name}`).join(' && ');
    const workflow = workflowOf(
      'user-names',
      [
        {
          name: 'read-parameters',
          kind: 'container',
          container: { image: 'alpine:3.20', command: ['echo'], args: NAMES.map((name) => ({ ref: 'parameter', name })) },
        },
        {
          name: 'write-outputs',
          kind: 'container',
          container: { image: 'alpine:3.20', command: ['sh', '-c', writeOutputs] },
          outputs: { parameters: NAMES.map((name) => ({ name, path: `/tmp/out/${name}` })) },
        },
        {
          name: 'read-outputs',
          kind: 'container',
          container: { image: 'alpine:3.20', command: ['echo'], args: NAMES.map((name) => ({ ref: 'step', step: 'write-outputs', output: name })) },
          dependencies: ['write-outputs'],
        },
        {
          name: 'each',
          kind: 'container',
          container: { image: 'alpine:3.20', command: ['echo'], args: [{ ref: 'item', key: 'constructor' }, { ref: 'item', key: 'toString' }] },
          map: { items: [{ constructor: 'c-1', toString: 't-1' }] },
        },
      ],
      { parameters },
    );
    const summary = await runWorkflow(workflow, { home: dirs.home(), parameters: { ['__proto__']: 'given', constructor: 'also-given' } });
    expect(summary.phase).toBe('Succeeded');
    const result = (name: string) => summary.steps.find((step) => step.stepName === name)?.outputs.result;
    expect(result('read-parameters')).toBe('also-given given default-2 default-3');
    expect(result('read-outputs')).toBe('output-0 output-1 output-2 output-3');
    expect(result('each')).toBe('c-1 t-1');
  });

  it('refuses a key named __proto__ (which parsing would drop) at its path, before anything runs', async () => {
    const item = JSON.parse('{"__proto__":"p-1","lr":"0.1"}') as Record<string, string>;
    const workflow = workflowOf('proto-item', [{ name: 'each', kind: 'container', container: { image: 'alpine:3.20', command: ['echo'] }, map: { items: [item] } }]);
    await expect(runWorkflow(workflow, { home: dirs.home() })).rejects.toMatchObject({ code: 'INVALID_FIELD', path: ['steps', 'each', 'map', 'items', 0, '__proto__'] });
  });
});
