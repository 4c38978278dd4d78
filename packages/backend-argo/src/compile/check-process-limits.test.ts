import { describe, expect, it } from 'vitest';
import { compileChecked, thrown } from '../../test/support/compile-checked';
import { container, irWorkflow } from '../../test/support/ir';
import { LINUX_MAX_ARG_BYTES } from './check-process-limits';
import { compileToArgo } from './compile-to-argo';

const KIB = 1024;

describe('process limits', () => {
  it('refuses an argument over 128 KiB, with its size, the limit, the step and the path', () => {
    const workflow = irWorkflow('big', [container('a', { container: { image: 'alpine:3.20', command: ['echo'], args: ['small', 'x'.repeat(200 * KIB)] } })]);
    const error = thrown(() => compileToArgo(workflow));
    expect(error).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['steps', 'a', 'container', 'args', 1], stepIds: ['a'] });
    expect(error.message).toContain('argument 2 of step "a": it is 200 KiB (204801 bytes)');
    expect(error.message).toContain('at most 128 KiB (131072 bytes)');
    expect(error.message).toContain('argument list too long');
    expect(error.hint).toMatch(/file/);
  });

  it('counts bytes with the closing NUL: 128 KiB - 1 fits, 128 KiB does not; unicode counts by bytes', () => {
    const withArg = (arg: string) => irWorkflow('edge', [container('a', { container: { image: 'alpine:3.20', args: [arg] } })]);
    expect(compileToArgo(withArg('x'.repeat(LINUX_MAX_ARG_BYTES - 1))).document).toBeDefined();
    expect(thrown(() => compileToArgo(withArg('x'.repeat(LINUX_MAX_ARG_BYTES))))).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND' });
    // 44 000 characters, 132 000 bytes.
    expect(thrown(() => compileToArgo(withArg('€'.repeat(44_000))))).toMatchObject({ path: ['steps', 'a', 'container', 'args', 0] });
  });

  it('refuses an env variable whose NAME=value is over the limit, and a workflow parameter default that makes one', () => {
    const env = irWorkflow('env', [container('a', { env: [{ name: 'BLOB', value: 'y'.repeat(LINUX_MAX_ARG_BYTES - 6) }] })]);
    // B L O B = … NUL: 4 + 1 + (limit - 6) + 1 = the limit: fits.
    expect(compileToArgo(env).document).toBeDefined();
    const over = irWorkflow('env', [container('a', { env: [{ name: 'BLOBS', value: 'y'.repeat(LINUX_MAX_ARG_BYTES - 6) }] })]);
    expect(thrown(() => compileToArgo(over))).toMatchObject({ path: ['steps', 'a', 'env', 'BLOBS', 'value'] });
    const parameter = irWorkflow('param', [container('a', { container: { image: 'alpine:3.20', args: [{ concat: ['--data=', { ref: 'parameter', name: 'data' }] }] } })], { parameters: [{ name: 'data', default: 'z'.repeat(150 * KIB) }] });
    expect(thrown(() => compileToArgo(parameter)).message).toContain('argument 1 of step "a"');
    // Without a default, the size is known only at run time.
    const unknown = irWorkflow('param', [container('a', { container: { image: 'alpine:3.20', args: [{ ref: 'parameter', name: 'data' }] } })], { parameters: [{ name: 'data' }] });
    expect(compileToArgo(unknown).document).toBeDefined();
  });

  it('lets a large script source through: Argo writes it to a file, and the object stays under 1 MiB', () => {
    const source = `print(${JSON.stringify('s'.repeat(200 * KIB))})\n`;
    const workflow = irWorkflow('script', [{ name: 'big', kind: 'script', script: { image: 'python:3.12', command: ['python'], source } } as never]);
    expect(compileChecked(workflow).template('big').script!.source).toBe(source);
  });

  it('refuses on Argo 3.4 and 3.5 a template over 128 KiB as the ARGO_TEMPLATE variable its pod gets (a long script); 3.6 and later offload it and let it through', () => {
    const source = `print(${JSON.stringify('s'.repeat(200 * KIB))})\n`;
    const workflow = irWorkflow('script', [{ name: 'big', kind: 'script', script: { image: 'python:3.12', command: ['python'], source } } as never]);
    for (const argoVersion of ['3.4', '3.5'] as const) {
      const error = thrown(() => compileToArgo(workflow, { argoVersion }));
      expect(error).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['steps', 'big'], stepIds: ['big'] });
      expect(error.message).toContain(`the template of step "big" on Argo ${argoVersion}: it is at least 200 KiB`);
      expect(error.message).toContain('ARGO_TEMPLATE');
      expect(error.hint).toContain('Argo 3.6 or later');
    }
    for (const argoVersion of ['3.6', '3.7', '4.0', '4.1'] as const) expect(compileToArgo(workflow, { argoVersion }).document).toBeDefined();
  });

  it("counts the template as Go writes it: each < > & is six bytes, so 24k of them are over the limit on 3.5 while 20k fit", () => {
    const scriptOf = (count: number) => irWorkflow('html', [{ name: 'page', kind: 'script', script: { image: 'python:3.12', command: ['python'], source: `print("${'<'.repeat(count)}")` } } as never]);
    expect(thrown(() => compileToArgo(scriptOf(24_000), { argoVersion: '3.5' })).message).toMatch(/at least 14\d KiB/);
    expect(compileToArgo(scriptOf(20_000), { argoVersion: '3.5' }).document).toBeDefined();
  });

  it("counts user text's {{ as the braces Argo writes for it, not as a tag it may empty: 104 KiB of text and 14,000 {{ are over the limit on 3.5", () => {
    const scriptOf = (text: string) => irWorkflow('braces', [{ name: 'tpl', kind: 'script', script: { image: 'python:3.12', command: ['python'], source: `print("""${text}""")` } } as never]);
    const error = thrown(() => compileToArgo(scriptOf('t'.repeat(104 * KIB) + '{{'.repeat(14_000)), { argoVersion: '3.5' }));
    expect(error.message).toContain('the template of step "tpl" on Argo 3.5: it is at least 131 KiB');
    // The same braces with less text fit: each escape tag counts as its two braces, not its own length.
    expect(compileToArgo(scriptOf('t'.repeat(90 * KIB) + '{{'.repeat(14_000)), { argoVersion: '3.5' }).document).toBeDefined();
  });

  it('checks each container of a container set', () => {
    const set = irWorkflow('set', [
      { name: 'pair', kind: 'containerSet', containerSet: { containers: [{ name: 'main', image: 'alpine:3.20' }, { name: 'side', image: 'alpine:3.20', args: ['x'.repeat(130 * KIB)] }] } } as never,
    ]);
    expect(thrown(() => compileToArgo(set))).toMatchObject({ path: ['steps', 'pair', 'containerSet', 'containers', 1, 'args', 0] });
  });
});
