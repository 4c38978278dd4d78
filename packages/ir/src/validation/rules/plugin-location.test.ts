import { describe, expect, test } from 'vitest';
import { detectConstructs } from '../../backend/v1/constructs';
import { parseWorkflow } from '../../serialization/parse-workflow';
import { serializeWorkflow } from '../../serialization/serialize-workflow';
import { container, workflow } from '../../__tests__/workflows';
import { validate } from '../validate';

const plugin = (fields: Record<string, unknown> = {}) => ({ type: 'plugin', name: 'acme-store', configuration: 'bucket: ml\nendpoint: https://store.acme.io\n', key: 'runs/model.tgz', ...fields });
const writes = (location: Record<string, unknown>) => container('train', { outputs: { artifacts: [{ name: 'model', path: '/out/model', location }] } });

describe('artifact driver plugin locations', () => {
  test('a plugin location with a per-run key is valid and round-trips, its configuration kept byte for byte', () => {
    const configuration = "creds: '{{secret}}'\ncmd: $(id) `id` {% raw %}\n\\path\nü: \"quoted\"\n";
    const wf = workflow([writes(plugin({ configuration, key: { concat: ['runs/', { ref: 'workflow', field: 'uid' }, '/model.tgz'] }, connectionTimeoutSeconds: 30 }))]);
    expect(validate(wf)).toEqual([]);
    const back = parseWorkflow(serializeWorkflow(wf, { format: 'yaml' }));
    expect(back.spec.steps[0]!.outputs?.artifacts?.[0]?.location).toEqual(wf.spec.steps[0]!.outputs?.artifacts?.[0]?.location);
    expect(detectConstructs(wf).map((use) => use.construct)).toContain('artifact.plugin');
  });

  test.each([
    ['a name that is no DNS-1123 label', { name: 'Acme Store' }, /DNS-1123/],
    ['a name too long for the volume Argo names after it', { name: 'a'.repeat(48) }, /47/],
    ['an empty configuration', { configuration: '' }, /configuration/],
    ['an empty key', { key: '' }, /key/],
    ['a connection timeout of zero', { connectionTimeoutSeconds: 0 }, /connectionTimeoutSeconds/],
  ])('%s fails the schema', (_what, fields, message) => {
    expect(() => workflow([writes(plugin(fields))])).toThrow(message);
  });
});
