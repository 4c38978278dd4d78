import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { createArgoBackend } from '../argo-backend';
import { compileChecked, thrown } from '../../test/support/compile-checked';
import { container, irWorkflow } from '../../test/support/ir';

const argo = createArgoBackend({ validate: true });

describe('synchronization', () => {
  it('writes the run and step locks as Argo 3.6+ lists, valid for Argo, with a ConfigMap per semaphore beside the Workflow', async () => {
    const workflow = irWorkflow(
      'locked',
      [container('train', { synchronization: { semaphores: [{ name: 'gpus', limit: 2 }], mutexes: [{ name: 'db-writer' }] } }), container('report')],
      { synchronization: { mutexes: [{ name: 'nightly' }], semaphores: [{ name: 'gpus', limit: 2 }] } },
      { namespace: 'ml' },
    );
    const checked = compileChecked(workflow);
    expect((checked.document.spec as { synchronization?: unknown }).synchronization).toEqual({
      mutexes: [{ name: 'nightly' }],
      semaphores: [{ configMapKeyRef: { name: 'couler-semaphore-gpus', key: 'limit' } }],
    });
    expect(checked.template('train').synchronization).toEqual({
      mutexes: [{ name: 'db-writer' }],
      semaphores: [{ configMapKeyRef: { name: 'couler-semaphore-gpus', key: 'limit' } }],
    });
    expect(checked.template('report').synchronization).toBeUndefined();

    const { files } = await argo.doCompile(workflow, {});
    expect(files.map((file) => file.path)).toEqual(['locked.argo.yaml', 'locked.semaphores.yaml']);
    const configMaps = parseAllDocuments(files[1]!.contents).map((document) => document.toJS());
    // One ConfigMap for the semaphore used twice with one limit; the Workflow's file stays one object.
    expect(configMaps).toEqual([
      { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'couler-semaphore-gpus', namespace: 'ml', labels: { 'app.kubernetes.io/managed-by': 'couler' } }, data: { limit: '2' } },
    ]);
    expect(parseAllDocuments(files[0]!.contents)).toHaveLength(1);
  });

  it('writes no ConfigMap file for mutexes alone', async () => {
    const { files } = await argo.doCompile(irWorkflow('m', [container('a', { synchronization: { mutexes: [{ name: 'one-at-a-time' }] } })]), {});
    expect(files.map((file) => file.path)).toEqual(['m.argo.yaml']);
  });

  it('refuses one semaphore with two limits, and a step taking the mutex its own run holds', () => {
    const twoLimits = thrown(() =>
      compileChecked(irWorkflow('w', [container('a', { synchronization: { semaphores: [{ name: 'gpus', limit: 3 }] } })], { synchronization: { semaphores: [{ name: 'gpus', limit: 2 }] } })),
    );
    expect(twoLimits).toMatchObject({ code: 'INVALID_FIELD', path: ['steps', 'a', 'synchronization', 'semaphores', 0] });
    expect(twoLimits.message).toContain('Semaphore "gpus" is given limit 3 here and 2');
    const deadlock = thrown(() =>
      compileChecked(irWorkflow('w', [container('a', { synchronization: { mutexes: [{ name: 'x' }] } })], { synchronization: { mutexes: [{ name: 'x' }] } })),
    );
    expect(deadlock).toMatchObject({ code: 'INVALID_FIELD', path: ['steps', 'a', 'synchronization', 'mutexes', 0] });
    expect(deadlock.message).toContain('forever');
  });

  it('refuses synchronization before Argo 3.6, whose single mutex and semaphore fields Couler does not write', () => {
    const error = thrown(() => compileChecked(irWorkflow('w', [container('a')], { synchronization: { mutexes: [{ name: 'x' }] } }), { argoVersion: '3.5' }));
    expect(error).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['synchronization'] });
    expect(error.message).toContain('need Argo 3.6 or later');
  });

  it('refuses a lock on a sub-workflow call, whose template every call shares', () => {
    const workflow = irWorkflow('w', [{ name: 'call', kind: 'subWorkflow', subWorkflow: { name: 'inner' }, synchronization: { mutexes: [{ name: 'x' }] } } as never], {
      subWorkflows: [{ name: 'inner', steps: [container('b')] }],
    } as never);
    const error = thrown(() => compileChecked(workflow));
    expect(error).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['steps', 'call', 'synchronization'] });
  });

  it.each([
    ['quotes', 'a"b'],
    ['an Argo expression', '{{workflow.name}}'],
    ['a shell substitution', '$(rm -rf /)'],
    ['a newline', 'a\nb'],
    ['unicode', 'verrou-é'],
    ['upper case', 'GPU'],
    ['a name too long', 'x'.repeat(64)],
  ])('refuses a lock name with %s, with its path, before any file is written', async (_what, name) => {
    const error = await argo.doCompile(irWorkflow('w', [container('a', { synchronization: { semaphores: [{ name, limit: 1 }] } })]), {}).then(
      () => undefined,
      (caught: { code?: string; message: string }) => caught,
    );
    expect(error?.message).toContain('steps.a.synchronization.semaphores.');
    expect(error?.message).toContain('a lock name: at most 63 lower-case letters, digits and "-"');
  });
});
