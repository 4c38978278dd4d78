import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateArgoDocument } from '@couler/backend-argo';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runCouler, scratchWith } from './run-couler';

interface ArgoDocument {
  kind: string;
  metadata: Record<string, string>;
  spec: { entrypoint: string; templates: Array<{ name: string; dag?: { tasks: Array<{ name: string; when?: string; depends?: string }> } }> };
}

/** A workflow whose retry backoff Argo cannot express (a fractional factor) in two steps. */
const UNSUPPORTED = `import { runContainer, workflow } from '@couler/dsl';

export default workflow('slow-retry', () => {
  runContainer({ image: 'alpine:3.20', stepName: 'a', retry: { limit: 2, backoff: { duration: '1s', factor: 1.5 } } });
  runContainer({ image: 'alpine:3.20', stepName: 'b', retry: { limit: 2, backoff: { duration: '1s', factor: 2.5 } } });
});
`;

describe.concurrent('couler compile', () => {
  it('--from-template writes a Workflow running a WorkflowTemplate by reference; a hostile --param value stays a plain YAML string', async () => {
    const directory = scratchWith('coinflip.ts');
    const hostile = "it's {{workflow.name}} $(id) ${HOME} \\ {% x %}\nnext";
    const { code, stdout, stderr } = await runCouler(['compile', '--from-template', 'nightly-train', '-p', `note=${hostile}`, '--backend', 'argo', '--validate'], directory);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const document = parseYaml(stdout, { version: '1.1' }) as { kind: string; metadata: Record<string, string>; spec: Record<string, unknown> };
    expect(validateArgoDocument(document)).toEqual([]);
    expect(document).toMatchObject({ kind: 'Workflow', metadata: { generateName: 'nightly-train-' } });
    expect(document.spec).toEqual({ workflowTemplateRef: { name: 'nightly-train' }, arguments: { parameters: [{ name: 'note', value: hostile }] } });
    const both = await runCouler(['compile', 'coinflip.ts', '--from-template', 'nightly-train'], directory);
    expect(both.code).toBe(1);
    expect(both.stderr).toContain('takes a workflow file or --from-template, not both');
    const tekton = await runCouler(['compile', '--from-template', 'nightly-train', '--backend', 'tekton'], directory);
    expect(tekton.stderr).toContain('--from-template writes an Argo Workflow; it cannot be used with --backend tekton.');
    const neither = await runCouler(['compile'], directory);
    expect(neither.stderr).toContain('needs a workflow file, or --from-template NAME');
  });

  it('prints the Argo Workflow of a DSL file: the coinflip as a DAG with when conditions, valid for Argo', async () => {
    const directory = scratchWith('coinflip.ts');
    const { code, stdout, stderr } = await runCouler(['compile', 'coinflip.ts', '--backend', 'argo'], directory);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const document = parseYaml(stdout, { version: '1.1' }) as ArgoDocument;
    expect(document.kind).toBe('Workflow');
    expect(document.metadata).toEqual({ generateName: 'coinflip-' });
    expect(validateArgoDocument(document)).toEqual([]);
    const entry = document.spec.templates.find((template) => template.name === document.spec.entrypoint)!;
    expect(entry.dag!.tasks.map((task) => [task.name, task.depends, task.when])).toEqual([
      ['flip', undefined, undefined],
      ['heads', 'flip', "{{=tasks['flip'].outputs.result == 'heads'}}"],
      ['tails', 'flip', "{{=tasks['flip'].outputs.result == 'tails'}}"],
    ]);
  });

  it('-o DIR writes <workflow>.argo.yaml (directory created) and says so; --validate checks it first', async () => {
    const directory = scratchWith('valid.yaml');
    const { code, stdout, stderr } = await runCouler(['compile', 'valid.yaml', '-o', 'out/argo', '--validate'], directory);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(`✓ wrote ${join('out', 'argo', 'from-yaml.argo.yaml')} (validated)\n`);
    expect(readdirSync(join(directory, 'out', 'argo'))).toEqual(['from-yaml.argo.yaml']);
    const document = parseYaml(readFileSync(join(directory, 'out', 'argo', 'from-yaml.argo.yaml'), 'utf8'), { version: '1.1' }) as ArgoDocument;
    expect(document.spec.templates[0]!.dag!.tasks.map((task) => [task.name, task.depends])).toEqual([
      ['a', undefined],
      ['b', 'a'],
    ]);
  });

  it('--kind writes a WorkflowTemplate with a fixed name; --style steps writes steps templates', async () => {
    const directory = scratchWith('coinflip.ts');
    const template = await runCouler(['compile', 'coinflip.ts', '--kind', 'WorkflowTemplate', '--style', 'steps'], directory);
    expect(template.code).toBe(0);
    const document = parseYaml(template.stdout, { version: '1.1' }) as ArgoDocument & { spec: { templates: Array<{ steps?: unknown[][] }> } };
    expect(document).toMatchObject({ kind: 'WorkflowTemplate', metadata: { name: 'coinflip' } });
    expect(document.spec.templates[0]!.steps!.map((group) => group.length)).toEqual([1, 2]);
  });

  it('lists every construct Argo cannot express like validate lists problems, and exits 1 without writing', async () => {
    const directory = scratchWith();
    writeFileSync(join(directory, 'slow-retry.ts'), UNSUPPORTED);
    const { code, stdout, stderr } = await runCouler(['compile', 'slow-retry.ts', '-o', 'out'], directory);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('error[UNSUPPORTED_BY_BACKEND] at steps.a.retry.backoff.factor: The argo backend cannot express a backoff factor of 1.5');
    expect(stderr).toContain('  hint: Use 1 or 2.');
    expect(stderr).toContain('error[UNSUPPORTED_BY_BACKEND] at steps.b.retry.backoff.factor: The argo backend cannot express a backoff factor of 2.5');
    expect(stderr.trimEnd().split('\n').at(-1)).toBe('✗ slow-retry.ts: 2 problems');
    expect(readdirSync(directory)).toEqual(['slow-retry.ts']);
  });

  it('an invalid workflow gets the same typed problems as couler validate, exit 1', async () => {
    const directory = scratchWith('invalid.yaml');
    const compiled = await runCouler(['compile', 'invalid.yaml'], directory);
    const validated = await runCouler(['validate', 'invalid.yaml'], directory);
    expect(compiled.code).toBe(1);
    expect(compiled.stdout).toBe('');
    expect(compiled.stderr).toBe(validated.stderr);
  });

  it('refuses a backend it cannot find naming the known ones and the other forms, and a kind it does not know as a usage error', async () => {
    const directory = scratchWith('coinflip.ts');
    const backend = await runCouler(['compile', 'coinflip.ts', '--backend', 'oozie'], directory);
    expect(backend.code).toBe(1);
    expect(backend.stderr).toContain('There is no backend "oozie".');
    expect(backend.stderr).toContain('Backends: argo, airflow, tekton; or a path to a backend module (./my-backend) or an installed package');
    const kind = await runCouler(['compile', 'coinflip.ts', '--kind', 'Pod'], directory);
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain('Allowed choices are Workflow, WorkflowTemplate, ClusterWorkflowTemplate, CronWorkflow.');
  });
});
