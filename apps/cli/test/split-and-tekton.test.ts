import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateArgoDocument } from '@couler/backend-argo';
import { validateTektonYaml } from '@couler/backend-tekton';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runCouler, scratchWith } from './run-couler';

/** A pipeline of 30 steps in three layers of ten: too many for a 12-step budget. */
const LAYERED = `import { runContainer, setDependencies, workflow } from '@couler/dsl';

export default workflow('layered', () => {
  let previous = [];
  for (let layer = 0; layer < 3; layer++) {
    const current = [];
    for (let i = 0; i < 10; i++) {
      current.push(setDependencies(() => runContainer({ image: 'alpine:3.20', command: ['echo', 'l' + layer + 's' + i], stepName: 'l' + layer + '-s' + i }), previous.length ? previous : undefined));
    }
    previous = current;
  }
});
`;

function project(name: string, text: string): string {
  const directory = scratchWith();
  writeFileSync(join(directory, name), text);
  return directory;
}

describe.concurrent('couler split, compile --split, compile --backend tekton|airflow', () => {
  it('split prints the report (parts against the lower bound) and -o writes a parent Workflow plus one valid WorkflowTemplate per part', async () => {
    const directory = project('layered.ts', LAYERED);
    const { code, stdout, stderr } = await runCouler(['split', 'layered.ts', '--budget-steps', '12', '-o', 'parts'], directory);
    expect(code).toBe(0);
    expect(stdout).toContain('Workflow: 30 steps');
    expect(stdout).toMatch(/Parts: 3 \(lower bound 3\)/);
    const files = readdirSync(join(directory, 'parts')).sort();
    expect(files).toHaveLength(4);
    expect(stderr.match(/✓ wrote/g)).toHaveLength(4);
    const documents = files.flatMap((file) => parseAllDocuments(readFileSync(join(directory, 'parts', file), 'utf8'), { version: '1.1' }).map((document) => document.toJS() as { kind: string; spec: { templates: unknown[] } }));
    expect(documents.map((document) => document.kind).sort()).toEqual(['Workflow', 'WorkflowTemplate', 'WorkflowTemplate', 'WorkflowTemplate']);
    for (const document of documents) expect(validateArgoDocument(document)).toEqual([]);

    const json = await runCouler(['split', 'layered.ts', '--budget-steps', '12', '--json'], directory);
    const report = JSON.parse(json.stdout) as { parts: Array<{ steps: number }>; lowerBound: number };
    const sizes = report.parts.map((part) => part.steps);
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(30);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(12);
    expect(report.lowerBound).toBe(3);
  });

  it('a budget that is not a whole number, or --split for a backend other than Argo, is a typed error saying so', async () => {
    const directory = project('layered.ts', LAYERED);
    const bad = await runCouler(['split', 'layered.ts', '--budget-steps', 'lots'], directory);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('error[INVALID_FIELD]: --budget-steps takes a whole number of at least 1; got "lots".');
    const wrongBackend = await runCouler(['compile', 'layered.ts', '--split', '--backend', 'tekton'], directory);
    expect(wrongBackend.code).toBe(1);
    expect(wrongBackend.stderr).toContain('--split writes Argo files; it cannot be used with --backend tekton.');
  });

  it('compile --split writes the parts of a workflow over the default budget and prints the report', async () => {
    const directory = project('layered.ts', LAYERED);
    const { code, stderr } = await runCouler(['compile', 'layered.ts', '--split', '-o', 'out'], directory);
    expect(code).toBe(0);
    // 30 steps fit the default budget (200 steps, 512 KiB): one part, run by the parent.
    expect(stderr).toMatch(/Parts: 1 \(lower bound 1\)/);
    expect(readdirSync(join(directory, 'out'))).toHaveLength(2);
  });

  it('compile --split applies the Argo settings to every part: a bad one is refused, not ignored; --validate marks the files checked', async () => {
    const directory = project('layered.ts', LAYERED);
    const bad = await runCouler(['compile', 'layered.ts', '--split', '--setting', 'sizeLimit=never'], directory);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('error[INVALID_FIELD] at settings.sizeLimit: sizeLimit must be "error" or "warn", not "never".');
    const checked = await runCouler(['compile', 'layered.ts', '--split', '--validate', '--setting', 'sizeLimit=warn', '-o', 'out'], directory);
    expect(checked.code).toBe(0);
    expect(checked.stdout.split('\n').filter((line) => line.endsWith('(validated)'))).toHaveLength(2);
  });

  it('compile --backend tekton writes a Pipeline and PipelineRun the Tekton validator accepts; --cel and --setting reach the backend', async () => {
    const directory = scratchWith('coinflip.ts');
    const { code, stdout, stderr } = await runCouler(['compile', 'coinflip.ts', '--backend', 'tekton', '--validate'], directory);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const kinds = parseAllDocuments(stdout, { version: '1.1' }).map((document) => (document.toJS() as { kind: string }).kind);
    expect(kinds).toContain('Pipeline');
    expect(kinds).toContain('PipelineRun');
    expect(validateTektonYaml(stdout)).toEqual([]);

    const unknown = await runCouler(['compile', 'coinflip.ts', '--backend', 'tekton', '--setting', 'colour=blue'], directory);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('colour');
  });

  it('compile --backend airflow writes a DAG file for Airflow 3 or, with --airflow-version 2, for Airflow 2; --validate checks it', async () => {
    const directory = scratchWith('coinflip.ts');
    const three = await runCouler(['compile', 'coinflip.ts', '--backend', 'airflow', '--validate', '-o', 'dags'], directory);
    expect(three.stderr).toBe('');
    expect(three.code).toBe(0);
    const [file] = readdirSync(join(directory, 'dags'));
    expect(file).toMatch(/^coinflip\.py$/);
    const v3 = readFileSync(join(directory, 'dags', file!), 'utf8');
    expect(v3).toContain('from airflow.sdk import');
    const two = await runCouler(['compile', 'coinflip.ts', '--backend', 'airflow', '--airflow-version', '2'], directory);
    expect(two.code).toBe(0);
    expect(two.stdout).not.toContain('from airflow.sdk import');
    expect(two.stdout).toContain('from airflow');
  }, 180_000); // --validate loads Ruff (WebAssembly) and runs python3: slow on a busy CI machine

  it('compile --airflow-version 2.10 writes display names for Airflow 2 (2 refuses them: its DAGs load on 2.7); a version it does not know is refused', async () => {
    const directory = project('shown.ts', `import { runContainer, workflow } from '@couler/dsl';
export default workflow('shown', () => runContainer({ image: 'alpine:3.20', command: ['echo', 'hi'], stepName: 'train', displayName: 'Train "the" model' }));
`);
    const minor = await runCouler(['compile', 'shown.ts', '--backend', 'airflow', '--airflow-version', '2.10', '--validate'], directory);
    expect(minor.stderr).toBe('');
    expect(minor.stdout).toContain('task_display_name=\'Train "the" model\'');
    expect(minor.stdout).not.toContain('from airflow.sdk import');
    const major = await runCouler(['compile', 'shown.ts', '--backend', 'airflow', '--airflow-version', '2'], directory);
    expect(major.code).toBe(1);
    expect(major.stderr).toContain('airflowVersion "2.9"');
    const unknown = await runCouler(['compile', 'shown.ts', '--backend', 'airflow', '--airflow-version', '2.6'], directory);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('2.10');
  }, 180_000);
});
