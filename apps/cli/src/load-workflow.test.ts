import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CoulerError } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { scratchWith } from '../test/run-couler';
import { loadWorkflow } from './load-workflow';

/** The CoulerError `promise` rejects with (fails the test if it resolves or throws anything else). */
async function loadError(promise: Promise<unknown>): Promise<CoulerError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(CoulerError.isInstance(error), `expected a CoulerError, got ${String(error)}`).toBe(true);
  return error as CoulerError;
}

describe('loadWorkflow: modules', () => {
  it('loads a .ts file outside any workspace that imports @couler/ir, from its default export', async () => {
    const directory = scratchWith('plain-ir.ts');
    const { workflow, source } = await loadWorkflow('plain-ir.ts', { cwd: directory });
    expect(workflow.metadata.name).toBe('plain-ir');
    expect(workflow.spec.steps.map((step) => step.name)).toEqual(['train', 'prepare']);
    expect(source).toMatchObject({ file: join(directory, 'plain-ir.ts'), format: 'module' });
    expect(source.text).toContain("metadata: { name: 'plain-ir' }");
  });

  it('takes the export named "workflow" when there is no default (.mts)', async () => {
    const directory = scratchWith('named-export.mts');
    expect((await loadWorkflow('named-export.mts', { cwd: directory })).workflow.metadata.name).toBe('named-export');
  });

  it('awaits a default export that is a promise (.mjs) and reads CommonJS (.cjs)', async () => {
    const directory = scratchWith('promised.mjs', 'common-js.cjs');
    expect((await loadWorkflow('promised.mjs', { cwd: directory })).workflow.metadata.name).toBe('promised');
    expect((await loadWorkflow(join(directory, 'common-js.cjs'))).workflow.metadata.name).toBe('common-js');
  });

  it('a file whose default export waits for an import() loads what it imports', async () => {
    // The bundle runs as a CommonJS function of its own; import() in it must load modules as in any file.
    const directory = scratchWith();
    const file = join(directory, 'dynamic-import.ts');
    writeFileSync(
      file,
      [
        "import { runContainer, workflow } from '@couler/dsl';",
        "const osName = 'node:os';",
        'export default import(osName).then(({ EOL }) =>',
        "  workflow('dynamic-import', () => runContainer({ image: 'alpine:3.20', command: ['echo', JSON.stringify(EOL)], stepName: 'eol' })),",
        ');',
        '',
      ].join('\n'),
    );
    const { workflow } = await loadWorkflow(file);
    expect(workflow.spec.steps[0]).toMatchObject({ name: 'eol', container: { command: ['echo', '"\\n"'] } });
  });

  it('runs the file again on every load, so an edited file is seen', async () => {
    const directory = scratchWith();
    const file = join(directory, 'edited.js');
    const write = (name: string) =>
      writeFileSync(file, `export default { apiVersion: 'couler.dev/v1alpha1', kind: 'Workflow', metadata: { name: '${name}' }, spec: { steps: [] } };\n`);
    write('first');
    expect((await loadWorkflow(file)).workflow.metadata.name).toBe('first');
    write('second');
    expect((await loadWorkflow(file)).workflow.metadata.name).toBe('second');
  });

  it('a module that throws a plain Error is LOAD_FAILED with the file, the cause and the throwing line', async () => {
    const directory = scratchWith('throws.ts');
    const error = await loadError(loadWorkflow('throws.ts', { cwd: directory }));
    expect(error.code).toBe('LOAD_FAILED');
    expect(error.message).toBe('Loading "throws.ts" failed: config.json is missing');
    expect(error.locations).toEqual([{ file: join(directory, 'throws.ts'), line: 2, column: 9 }]);
    expect((error.cause as Error).message).toBe('config.json is missing');
  });

  it('a CoulerError the module throws passes through with its own code, hint and locations', async () => {
    const directory = scratchWith('throws-couler-error.ts');
    const error = await loadError(loadWorkflow('throws-couler-error.ts', { cwd: directory }));
    expect(error.toJSON()).toEqual({
      code: 'INVALID_DSL_USAGE',
      message: 'runContainer() was called outside workflow().',
      locations: [{ file: 'somewhere.ts', line: 4, column: 3 }],
      hint: 'Call it inside the build function.',
    });
  });

  it('a syntax error is LOAD_FAILED at the line of the error', async () => {
    const directory = scratchWith('syntax-error.ts');
    const error = await loadError(loadWorkflow('syntax-error.ts', { cwd: directory }));
    expect(error.code).toBe('LOAD_FAILED');
    expect(error.message).toMatch(/^Loading "syntax-error.ts" failed: /);
    expect(error.locations?.[0]).toMatchObject({ file: join(directory, 'syntax-error.ts'), line: 3 });
  });

  it('a DSL workflow changed after workflow() checked it is refused where it is changed, not loaded unchecked', async () => {
    const directory = scratchWith();
    writeFileSync(
      join(directory, 'changed.ts'),
      [
        "import { runContainer, workflow } from '@couler/dsl';",
        "const built = workflow('changed', () => void runContainer({ image: 'alpine:3.20', stepName: 'a' }));",
        "built.spec.steps[0]!.name = 'Not A Name';",
        'export default built;',
        '',
      ].join('\n'),
    );
    const error = await loadError(loadWorkflow('changed.ts', { cwd: directory }));
    expect(error.code).toBe('LOAD_FAILED');
    expect(error.message).toMatch(/^Loading "changed\.ts" failed: Cannot assign to read only property 'name'/);
    expect(error.locations?.[0]).toMatchObject({ file: join(directory, 'changed.ts'), line: 3 });
  });

  it('a module without a default or "workflow" export is LOAD_FAILED with a hint', async () => {
    const directory = scratchWith('no-export.ts');
    const error = await loadError(loadWorkflow('no-export.ts', { cwd: directory }));
    expect(error.code).toBe('LOAD_FAILED');
    expect(error.message).toBe('"no-export.ts" has no default export and no export named "workflow".');
    expect(error.hint).toContain('export default workflow(');
  });

  it('a default export that is not a workflow is LOAD_FAILED saying what it is', async () => {
    const directory = scratchWith('exports-function.ts');
    const error = await loadError(loadWorkflow('exports-function.ts', { cwd: directory }));
    expect(error.code).toBe('LOAD_FAILED');
    expect(error.message).toBe('The default export of "exports-function.ts" is a function, not a Couler workflow.');
    expect(error.hint).toMatch(/^Export the workflow itself, not a function that builds it\./);
  });

  it('an invalid workflow object is INVALID_WORKFLOW listing every problem', async () => {
    const directory = scratchWith('invalid-ir.ts');
    const error = await loadError(loadWorkflow('invalid-ir.ts', { cwd: directory }));
    expect(error.code).toBe('INVALID_WORKFLOW');
    expect(error.errors?.map((problem) => problem.code)).toEqual(['DUPLICATE_STEP', 'UNKNOWN_STEP']);
  });

  it('an import nobody provides is LOAD_FAILED telling to install it', async () => {
    const directory = scratchWith();
    writeFileSync(join(directory, 'imports.ts'), "import 'left-pad-that-is-not-installed';\nexport default {};\n");
    const error = await loadError(loadWorkflow('imports.ts', { cwd: directory }));
    expect(error.code).toBe('LOAD_FAILED');
    expect(error.message).toContain('left-pad-that-is-not-installed');
    expect(error.hint).toMatch(/^Install the missing package/);
  });
});

describe('loadWorkflow: documents', () => {
  it('reads YAML IR', async () => {
    const directory = scratchWith('valid.yaml');
    const { workflow, source } = await loadWorkflow('valid.yaml', { cwd: directory });
    expect(workflow.metadata.name).toBe('from-yaml');
    expect(source.format).toBe('document');
  });

  it('reports every problem of a YAML document at its line and column', async () => {
    const directory = scratchWith('invalid.yaml');
    const error = await loadError(loadWorkflow('invalid.yaml', { cwd: directory }));
    expect(error.code).toBe('INVALID_WORKFLOW');
    const file = join(directory, 'invalid.yaml');
    expect(error.errors?.map((problem) => [problem.code, problem.locations])).toEqual([
      ['DUPLICATE_STEP', [{ file, line: 12, column: 7 }]],
      ['UNKNOWN_STEP', [{ file, line: 11, column: 22 }]],
      ['UNKNOWN_OUTPUT', [{ file, line: 21, column: 13 }]],
    ]);
  });

  it('locates structural errors and JSON syntax errors in .json files', async () => {
    const directory = scratchWith();
    const file = join(directory, 'wf.json');
    writeFileSync(
      file,
      [
        '{',
        '  "apiVersion": "couler.dev/v1alpha1", "kind": "Workflow", "metadata": { "name": "j" },',
        '  "spec": {',
        '    "steps": [',
        '      { "name": "a", "kind": "container",',
        '        "container": { "image": 7 } }',
        '    ]',
        '  }',
        '}',
      ].join('\n'),
    );
    const shape = await loadError(loadWorkflow(file));
    expect(shape).toMatchObject({ code: 'INVALID_FIELD', path: ['steps', 'a', 'container', 'image'] });
    expect(shape.locations).toEqual([{ file, line: 6, column: 24 }]);

    writeFileSync(file, '{\n  "apiVersion": "couler.dev/v1alpha1",\n  "kind": "Workflow" "x"\n}\n');
    const syntax = await loadError(loadWorkflow(file));
    expect(syntax.code).toBe('INVALID_DOCUMENT');
    expect(syntax.locations).toEqual([{ file, line: 3, column: 22 }]);
  });
});

describe('loadWorkflow: files it cannot load', () => {
  it('a missing file is LOAD_FAILED naming it and the directory it was looked for in', async () => {
    const directory = scratchWith();
    const error = await loadError(loadWorkflow('nope.ts', { cwd: directory }));
    expect(error.toJSON()).toEqual({
      code: 'LOAD_FAILED',
      message: 'Workflow file "nope.ts" does not exist.',
      hint: `Check the path; relative paths are resolved against ${directory}.`,
    });
  });

  it('a directory or an unknown file type is LOAD_FAILED', async () => {
    const directory = scratchWith();
    mkdirSync(join(directory, 'folder.ts'));
    writeFileSync(join(directory, 'workflow.py'), 'print(1)\n');
    expect((await loadError(loadWorkflow('folder.ts', { cwd: directory }))).message).toBe('"folder.ts" is not a file.');
    const python = await loadError(loadWorkflow('workflow.py', { cwd: directory }));
    expect(python.code).toBe('LOAD_FAILED');
    expect(python.message).toBe('Cannot load "workflow.py": unknown file type ".py".');
  });
});

const IR_HEAD = "apiVersion: 'couler.dev/v1alpha1', kind: 'Workflow'";

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

  it('follows the tsconfig "paths" of the file’s project to its own files', async () => {
    const directory = project({
      'tsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@lib/*': ['./lib/*'] } } }),
      'lib/names.ts': "export const workflowName: string = 'from-lib';\n",
      'main.ts': "import { IR_API_VERSION } from '@couler/ir';\nimport { workflowName } from '@lib/names';\n\nexport default { apiVersion: IR_API_VERSION, kind: 'Workflow', metadata: { name: workflowName }, spec: { steps: [] } };\n",
    });
    expect((await loadWorkflow('main.ts', { cwd: directory })).workflow.metadata.name).toBe('from-lib');
  });
});
