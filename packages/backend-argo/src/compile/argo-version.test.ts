import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { thrown } from '../../test/support/compile-checked';
import { container, irWorkflow } from '../../test/support/ir';
import { resolveArgoCompileOptions } from '../argo-compile-options';
import { argo } from '../argo-backend';
import { emitArgoYaml } from '../emit/emit-argo-yaml';
import { validateArgoDocument } from '../validate/validate-argo-document';
import { cronSchedule } from './assemble-document';
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
