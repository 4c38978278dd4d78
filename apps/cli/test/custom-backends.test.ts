import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runCouler, scratchWith } from './run-couler';

/** The third-party Mermaid backend of examples/custom-backend, built by the workspace build. */
const MERMAID = join(import.meta.dirname, '..', '..', '..', 'examples', 'custom-backend');

function write(directory: string, files: Record<string, string>): string {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(directory, name, '..'), { recursive: true });
    writeFileSync(join(directory, name), text);
  }
  return directory;
}

describe.concurrent('couler compile --backend with a backend Couler does not ship', () => {
  it('takes a path to a backend package (relative or absolute) and compiles with it', async () => {
    const directory = scratchWith('coinflip.ts');
    const relativePath = relative(directory, MERMAID);
    expect(relativePath.startsWith('../')).toBe(true);
    for (const spec of [relativePath, MERMAID]) {
      const { code, stdout, stderr } = await runCouler(['compile', 'coinflip.ts', '--backend', spec], directory);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(stdout.split('\n')[0]).toBe('flowchart TD');
      expect(stdout).toContain('flip<br/>script · python:3.12-alpine');
    }
  });

  it('takes the name of an installed package that exports a BackendV1', async () => {
    const directory = scratchWith('coinflip.ts');
    mkdirSync(join(directory, 'node_modules'));
    symlinkSync(MERMAID, join(directory, 'node_modules', 'couler-backend-mermaid'), 'dir');
    const { code, stdout } = await runCouler(['compile', 'coinflip.ts', '--backend', 'couler-backend-mermaid', '--setting', 'direction=LR'], directory);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('flowchart LR');
  });

  it('uses couler.config.json: registered ids, default settings per backend, the default backend', async () => {
    const directory = scratchWith('coinflip.ts');
    write(directory, {
      'couler.config.json': JSON.stringify({ backends: { mermaid: relative(directory, MERMAID) }, settings: { mermaid: { direction: 'LR' } }, defaultBackend: 'mermaid' }),
    });
    // From a subfolder too: the config is found upwards, its paths start at its own folder.
    write(directory, { 'flows/coinflip.ts': (await import('node:fs')).readFileSync(join(directory, 'coinflip.ts'), 'utf8') });
    const byDefault = await runCouler(['compile', 'coinflip.ts'], join(directory, 'flows'));
    expect(byDefault.stderr).toBe('');
    expect(byDefault.stdout.split('\n')[0]).toBe('flowchart LR');
    const overridden = await runCouler(['compile', 'coinflip.ts', '--backend', 'mermaid', '--setting', 'direction=TD'], directory);
    expect(overridden.stdout.split('\n')[0]).toBe('flowchart TD');
    const argo = await runCouler(['compile', 'coinflip.ts', '--backend', 'argo'], directory);
    expect(argo.code).toBe(0);
    expect(parseYaml(argo.stdout).kind).toBe('Workflow');
  });

  it('uses couler.config.ts: backend and pass objects, and passes run before the backend', async () => {
    const directory = scratchWith('coinflip.ts');
    write(directory, {
      'couler.config.ts': `
        const labelPass = {
          specificationVersion: 'v1', passId: 'team-label',
          async run(workflow: any) {
            return { workflow: { ...workflow, metadata: { ...workflow.metadata, labels: { team: 'vision' } } }, report: {} };
          },
        };
        const names = {
          specificationVersion: 'v1', backendId: 'names', capabilities: [],
          async doCompile(workflow: any) {
            return { files: [{ path: 'names.txt', contents: workflow.spec.steps.map((s: any) => s.name).join(',') + '\\n' }], warnings: [] };
          },
        };
        export default { backends: { names }, passes: [labelPass] };
      `,
    });
    const argo = await runCouler(['compile', 'coinflip.ts'], directory);
    expect(argo.stderr).toBe('');
    expect(parseYaml(argo.stdout).metadata.labels).toEqual({ team: 'vision' });
    const names = await runCouler(['compile', 'coinflip.ts', '--backend', 'names'], directory);
    expect(names.stdout).toBe('flip,heads,tails\n');
  });

  it('says what is wrong with a module that is no backend, a contract it does not know, a typo, a bad config or pass', async () => {
    const directory = scratchWith('coinflip.ts');
    write(directory, {
      'not-a-backend.mjs': 'export const answer = 42;\nexport function helper() {}\n',
      'future-backend.mjs': "export default { specificationVersion: 'v2', backendId: 'future', capabilities: [], doCompile() {} };\n",
    });
    const notBackend = await runCouler(['compile', 'coinflip.ts', '--backend', './not-a-backend.mjs'], directory);
    expect(notBackend.code).toBe(1);
    expect(notBackend.stderr).toContain('"./not-a-backend.mjs" is not a Couler backend: it exports answer, helper, none of them a backend.');
    expect(notBackend.stderr).toContain('BackendV1');
    const future = await runCouler(['compile', 'coinflip.ts', '--backend', './future-backend.mjs'], directory);
    expect(future.code).toBe(1);
    expect(future.stderr).toContain('Backend "future" implements contract "v2", but this version of Couler knows "v1".');
    const missing = await runCouler(['compile', 'coinflip.ts', '--backend', './nowhere'], directory);
    expect(missing.stderr).toContain('The backend "./nowhere" does not exist');
    const typo = await runCouler(['compile', 'coinflip.ts', '--backend', 'argoo'], directory);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain('There is no backend "argoo". Did you mean "argo"?');

    const badConfig = write(scratchWith('coinflip.ts'), { 'couler.config.json': JSON.stringify({ backend: { x: './x' } }) });
    const config = await runCouler(['compile', 'coinflip.ts'], badConfig);
    expect(config.code).toBe(1);
    expect(config.stderr).toContain('A couler config has no field "backend". Did you mean "backends"?');

    const badPass = write(scratchWith('coinflip.ts'), {
      'drop-steps.mjs': "export default { specificationVersion: 'v1', passId: 'drop-steps', async run(w) { return { workflow: { ...w, spec: { ...w.spec, steps: [{ name: 'Bad Name', kind: 'container', container: { image: 'a' } }] } }, report: {} }; } };\n",
      'couler.config.json': JSON.stringify({ passes: ['./drop-steps.mjs'] }),
    });
    const pass = await runCouler(['compile', 'coinflip.ts'], badPass);
    expect(pass.code).toBe(1);
    expect(pass.stderr).toContain('Pass "drop-steps" (from couler.config) returned a workflow that does not validate');
  });
});
