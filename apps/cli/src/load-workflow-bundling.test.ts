import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CoulerError } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { scratchWith } from '../test/run-couler';
import { loadWorkflow } from './load-workflow';

const IR_HEAD = "apiVersion: 'couler.dev/v1alpha1', kind: 'Workflow'";

async function loadError(promise: Promise<unknown>): Promise<CoulerError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(CoulerError.isInstance(error), `expected a CoulerError, got ${String(error)}`).toBe(true);
  return error as CoulerError;
}

/** Writes `files` (path → text) into a fresh folder and returns it. */
function project(files: Record<string, string>): string {
  const directory = scratchWith();
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(directory, path, '..'), { recursive: true });
    writeFileSync(join(directory, path), text);
  }
  return directory;
}

describe('loadWorkflow: files that import files', () => {
  it('gives each file its own import.meta.url, even once bundled together, and leaves the text in strings alone', async () => {
    const directory = project({
      'lib/paths.ts': 'export const here: string = import.meta.url;\nexport const folder = import.meta.dirname;\n',
      'main.ts': [
        "import { folder, here } from './lib/paths';",
        `export default { ${IR_HEAD}, metadata: { name: 'meta' }, spec: { steps: [{ name: 'a', kind: 'container', container: { image: 'alpine', args: [here, folder, import.meta.url, 'import.meta.url'] } }] } };`,
        '',
      ].join('\n'),
    });
    const { workflow } = await loadWorkflow('main.ts', { cwd: directory });
    const step = workflow.spec.steps[0] as { container: { args: string[] } };
    expect(step.container.args).toEqual([
      pathToFileURL(join(directory, 'lib/paths.ts')).href,
      join(directory, 'lib'),
      pathToFileURL(join(directory, 'main.ts')).href,
      'import.meta.url',
    ]);
  });

  it('a throw in an imported file is located at the line of the workflow file that called it, the stack at the throw', async () => {
    const directory = project({
      'helpers/config.ts': "interface Config { path: string }\n\nexport function readConfig(): Config {\n  throw new Error('no config');\n}\n",
      'main.ts': "import { readConfig } from './helpers/config';\n\nconst config = readConfig();\nexport default config;\n",
    });
    const error = await loadError(loadWorkflow('main.ts', { cwd: directory }));
    expect(error.code).toBe('LOAD_FAILED');
    expect(error.locations).toEqual([{ file: join(directory, 'main.ts'), line: 3, column: 16 }]);
    expect((error.cause as Error).stack).toContain(`at readConfig (${join(directory, 'helpers/config.ts')}:4:9)`);
  });

  it('an import path that does not exist is LOAD_FAILED at the import, telling where it is resolved from', async () => {
    const directory = project({ 'main.ts': "// the steps\nimport { steps } from './steps';\nexport default steps;\n" });
    const error = await loadError(loadWorkflow('main.ts', { cwd: directory }));
    expect(error.code).toBe('LOAD_FAILED');
    expect(error.message).toBe('Loading "main.ts" failed: Could not resolve "./steps"');
    expect(error.hint).toMatch(/resolved from the folder of the file that imports it/);
    expect(error.locations).toEqual([{ file: join(directory, 'main.ts'), line: 2, column: 23 }]);
  });

  it('a file with top-level await still loads', async () => {
    const directory = project({
      'main.mts': `const name = await Promise.resolve('awaited');\nexport default { ${IR_HEAD}, metadata: { name }, spec: { steps: [] } };\n`,
    });
    expect((await loadWorkflow('main.mts', { cwd: directory })).workflow.metadata.name).toBe('awaited');
  });

  it('a CommonJS file that requires @couler/ir gets the CLI’s copy, and exports.workflow is found', async () => {
    const directory = project({
      'main.cjs': `const { IR_API_VERSION } = require('@couler/ir');\nexports.workflow = { apiVersion: IR_API_VERSION, kind: 'Workflow', metadata: { name: 'cjs-named' }, spec: { steps: [] } };\n`,
    });
    expect((await loadWorkflow('main.cjs', { cwd: directory })).workflow.metadata.name).toBe('cjs-named');
  });
});
