import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { thrown } from '../../test/support/compile-checked';
import { container, irWorkflow } from '../../test/support/ir';
import { resolveArgoCompileOptions } from '../argo-compile-options';
import { argo } from '../argo-backend';
import { emitArgoYaml } from '../emit/emit-argo-yaml';
import { validateArgoDocument } from '../validate/validate-argo-document';
import { cronSchedule } from './assemble-document';
import type { ArgoTemplate, ArgoWorkflowSpec } from './argo-types';
import { compileToArgo } from './compile-to-argo';

const nightly = irWorkflow('nightly', [container('a')], { cron: { schedule: '0 3 * * *', timezone: 'Europe/Berlin' } });

describe('argoVersion', () => {
  it('writes the schedules list from Argo 3.6 on, the one schedule string before', () => {
    for (const version of ['3.6', '3.7', '4.0', '4.1'] as const) {
      const spec = compileToArgo(nightly, { argoVersion: version }).document.spec as unknown as Record<string, unknown>;
      expect(spec.schedules).toEqual(['0 3 * * *']);
      expect(spec).not.toHaveProperty('schedule');
    }
    expect(compileToArgo(nightly).document.spec).toMatchObject({ schedules: ['0 3 * * *'] });
    for (const version of ['3.4', '3.5'] as const) {
      const spec = compileToArgo(nightly, { argoVersion: version }).document.spec as unknown as Record<string, unknown>;
      expect(spec.schedule).toBe('0 3 * * *');
      expect(spec).not.toHaveProperty('schedules');
      expect(spec.timezone).toBe('Europe/Berlin');
    }
  });

  it('validates a 3.5 CronWorkflow as 3.5 reads it, and not as 4.1 would', async () => {
    const { files } = await argo.doCompile(nightly, { settings: { argoVersion: '3.5', validate: true } });
    const document = parse(files[0]!.contents, { version: '1.1' }) as unknown;
    expect(document).toMatchObject({ kind: 'CronWorkflow', spec: { schedule: '0 3 * * *' } });
    expect(validateArgoDocument(document, { argoVersion: '3.5' })).toEqual([]);
    // Argo 4.1 has no `schedule` string: the same file is wrong there.
    expect(validateArgoDocument(document).map((problem) => problem.message).join('\n')).toMatch(/schedules|schedule/);
    // A list for 3.5, or an empty schedule, is reported at the field.
    const current = compileToArgo(nightly).document;
    expect(validateArgoDocument(current, { argoVersion: '3.5' })).toEqual([expect.objectContaining({ path: ['spec', 'schedules'] }), expect.objectContaining({ path: ['spec', 'schedule'] })]);
  });

  it('writes any schedule text as it is, in either form', () => {
    for (const schedule of ["0 3 * * * # it's {{late}}", '0 3 * * *\n0 4 * * *', 'CRON_TZ=Europe/Berlin 0 3 * * *', '"quoted" \\ ü']) {
      const workflow = irWorkflow('nightly', [container('a')], { cron: { schedule } });
      for (const argoVersion of ['3.5', '4.1'] as const) {
        const reread = parse(emitArgoYaml(compileToArgo(workflow, { argoVersion }).document), { version: '1.1' }) as { spec: { schedule?: string; schedules?: string[] } };
        expect(reread.spec.schedule ?? reread.spec.schedules![0]).toBe(schedule);
      }
    }
  });

  it('refuses several schedules before Argo 3.6, saying what to do', () => {
    expect(cronSchedule(['0 3 * * *', '0 15 * * *'], '3.6')).toEqual({ schedules: ['0 3 * * *', '0 15 * * *'] });
    const error = thrown(() => cronSchedule(['0 3 * * *', '0 15 * * *'], '3.5'));
    expect(error).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['cron', 'schedule'] });
    expect(error.message).toContain('needs Argo 3.6 or later');
    expect(error.hint).toMatch(/upgrade Argo|several CronWorkflows/);
  });

  it('reads the release as text or as the number a command line gives, and refuses others', () => {
    expect(resolveArgoCompileOptions({}).argoVersion).toBe('4.1');
    expect(resolveArgoCompileOptions({ argoVersion: 3.5 }).argoVersion).toBe('3.5');
    expect(resolveArgoCompileOptions({ argoVersion: 4 }).argoVersion).toBe('4.0');
    for (const bad of ['3.3', '3.10', 'latest', 3.51, '4']) {
      const error = thrown(() => resolveArgoCompileOptions({ argoVersion: bad }));
      expect(error).toMatchObject({ code: 'INVALID_FIELD', path: ['settings', 'argoVersion'] });
      expect(error.message).toContain('3.4, 3.5, 3.6, 3.7, 4.0, 4.1');
    }
  });
});

describe('settings newer than the Argo compiled for', () => {
  const podWide = { podResources: { limits: { cpu: '2' } }, resourceClaims: [{ name: 'gpu', resourceClaimName: 'gpu-claim' }] };
  // Each setting, the release that added its field, and the field in the file from that release.
  const cases = [
    { name: "a gauge's operation", since: '3.5', step: { metrics: [{ name: 'rows', help: 'rows seen', gauge: { value: '1', operation: 'Add' } }] }, path: ['steps', 'a', 'metrics', 0, 'gauge', 'operation'], written: (template: ArgoTemplate) => template.metrics?.prometheus[0]?.gauge?.operation },
    { name: 'a backoff cap', since: '3.7', step: { retry: { limit: 3, backoff: { durationSeconds: 10, factor: 2, capSeconds: 60 } } }, path: ['steps', 'a', 'retry', 'backoff', 'capSeconds'], written: (template: ArgoTemplate) => template.retryStrategy?.backoff?.cap },
    { name: 'a display name', since: '3.7', step: { displayName: 'Train the model' }, path: ['steps', 'a', 'displayName'], written: (template: ArgoTemplate) => template.annotations?.['workflows.argoproj.io/display-name'] },
    { name: 'a pending timeout', since: '4.1', step: { pendingTimeoutSeconds: 600 }, path: ['steps', 'a', 'pendingTimeoutSeconds'], written: (template: ArgoTemplate) => template.pendingTimeout },
    { name: 'pod-level resources', since: '4.1', step: { pod: { podResources: podWide.podResources } }, path: ['steps', 'a', 'pod', 'podResources'], written: (template: ArgoTemplate) => template.podResources },
  ] as const;

  for (const { name, since, step, path, written } of cases) {
    it(`${name}: written from Argo ${since}, refused before (an older controller would drop it), saying which release to compile for`, () => {
      const workflow = irWorkflow('versioned', [container('a', step as never)]);
      const versions = ['3.4', '3.5', '3.6', '3.7', '4.0', '4.1'] as const;
      for (const version of versions.slice(versions.indexOf(since))) {
        const spec = compileToArgo(workflow, { argoVersion: version }).document.spec as ArgoWorkflowSpec;
        const template = spec.templates.find((candidate) => candidate.name === 'a')!;
        expect(written(template)).toBeDefined();
      }
      for (const version of versions.slice(0, versions.indexOf(since))) {
        const error = thrown(() => compileToArgo(workflow, { argoVersion: version }));
        expect(error).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path, stepIds: ['a'] });
        expect(error.message).toContain(`for Argo ${version}: Argo added`);
        expect(error.message).toContain(`in ${since}`);
        expect(error.hint).toBe(`Compile for Argo ${since} or later (argoVersion: '${since}'), or leave it out.`);
      }
    });
  }

  it("checks the workflow's own defaults, exit steps and sub-workflow bodies too, and reports every use at once", () => {
    const workflow = irWorkflow('many', [container('a')], {
      retry: { limit: 2, backoff: { durationSeconds: 5, capSeconds: 30 } },
      pod: { resourceClaims: podWide.resourceClaims },
      onExit: [container('notify', { displayName: 'Notify' } as never)],
      subWorkflows: [{ name: 'body', steps: [container('inner', { pendingTimeoutSeconds: 60 } as never)] }],
    } as never);
    const error = thrown(() => compileToArgo(workflow, { argoVersion: '3.6' }));
    expect(error.message).toBe('The argo backend cannot express 4 settings of workflow "many" for Argo 3.6.');
    expect(error.errors?.map((problem) => problem.path)).toEqual([
      ['retry', 'backoff', 'capSeconds'],
      ['pod', 'resourceClaims'],
      ['onExit', 'notify', 'displayName'],
      ['subWorkflows', 'body', 'steps', 'inner', 'pendingTimeoutSeconds'],
    ]);
  });
});
