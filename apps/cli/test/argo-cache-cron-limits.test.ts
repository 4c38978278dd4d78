import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateArgoDocument } from '@couler/backend-argo';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runCouler, scratchWith } from './run-couler';

interface Task {
  name: string;
  template: string;
  arguments?: { parameters?: Array<{ name: string; value: string }> };
}
interface Template {
  name: string;
  memoize?: { key: string; maxAge: string };
  inputs?: { parameters?: Array<{ name: string }> };
  container?: { args?: string[] };
  dag?: { tasks: Task[] };
}
interface Document {
  kind: string;
  spec: { schedule?: string; schedules?: string[]; entrypoint?: string; templates?: Template[]; workflowSpec?: { templates: Template[] } };
}

/** A scratch directory holding one workflow file. */
function scratchFile(name: string, text: string): string {
  const directory = scratchWith();
  writeFileSync(join(directory, name), text);
  return directory;
}

// Issue 23, point 2: a cached step whose args read a workflow parameter.
const CACHED = `import { parameter, runContainer, workflow } from '@couler/dsl';

export default workflow('cached', () => {
  const n = parameter('n', { default: 1 });
  runContainer({ stepName: 'slow', image: 'alpine:3.20', command: ['sh', '-c'], args: ['sleep 5; echo', n], cache: { ttl: '1h' } });
});
`;

const CACHED_FILE = `import { createLocalArtifact, runContainer, workflow } from '@couler/dsl';

export default workflow('cached-file', () => {
  const produce = runContainer({ stepName: 'produce', image: 'alpine:3.20', command: ['sh', '-c', 'date > /data'], output: createLocalArtifact('/data', { name: 'data' }) });
  runContainer({ stepName: 'consume', image: 'alpine:3.20', command: ['cat', '/data'], input: produce.output('data'), cache: { ttl: '1h' } });
});
`;

// Issue 23, point 11: a schedule, compiled for an Argo release before 3.6.
const NIGHTLY = `import { configWorkflow, runContainer, workflow } from '@couler/dsl';

export default workflow('nightly', () => {
  configWorkflow({ cron: '0 3 * * *' });
  runContainer({ stepName: 'a', image: 'alpine:3.20', command: ['echo', 'hi'] });
});
`;

// Issue 23, point 7: one argument over Linux's 128 KiB.
const BIG_ARGUMENT = `import { runContainer, workflow } from '@couler/dsl';

export default workflow('big-arg', () => {
  runContainer({ stepName: 'echo-it', image: 'alpine:3.20', command: ['echo'], args: ['x'.repeat(200 * 1024)] });
});
`;

describe.concurrent('couler compile --backend argo (issue 23)', () => {
  it('a cached step reading a workflow parameter gets a memoize key that hashes the value Argo substitutes', async () => {
    const directory = scratchFile('cached.ts', CACHED);
    const { code, stdout, stderr } = await runCouler(['compile', 'cached.ts', '--backend', 'argo', '--validate'], directory);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const document = parseYaml(stdout, { version: '1.1' }) as Document;
    const templates = document.spec.templates!;
    const slow = templates.find((template) => template.name === 'slow')!;
    // Not a constant: the hash of the input that carries n, resolved when the step runs.
    expect(slow.memoize!.key).toMatch(/^slow-[0-9a-f]{16}-\{\{=sprig\.sha256sum\(toJson\(\[inputs\.parameters\['parameter-n'\]\]\)\)\}\}$/);
    expect(slow.memoize!.maxAge).toBe('1h');
    expect(slow.inputs!.parameters).toEqual([{ name: 'parameter-n' }]);
    expect(slow.container!.args).toEqual(['sleep 5; echo', '{{inputs.parameters.parameter-n}}']);
    const task = templates.find((template) => template.name === document.spec.entrypoint)!.dag!.tasks.find((candidate) => candidate.name === 'slow')!;
    expect(task.arguments!.parameters).toEqual([{ name: 'parameter-n', value: '{{workflow.parameters.n}}' }]);
  });

  it('a cached step reading another step\'s artifact is refused, saying what to do instead', async () => {
    const directory = scratchFile('cached-file.ts', CACHED_FILE);
    const { code, stdout, stderr } = await runCouler(['compile', 'cached-file.ts', '--backend', 'argo'], directory);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('error[UNSUPPORTED_BY_BACKEND] at steps.consume.cache: The argo backend cannot express a cache key for step "consume", which reads artifact "data" from step "produce"');
    expect(stderr).toMatch(/hint: Pass the value as a parameter instead of a file, add "data" to cache\.excludeInputs/);
  });

  it('--argo-version 3.5 writes one schedule string, which --validate accepts; the default writes the list', async () => {
    const directory = scratchFile('nightly.ts', NIGHTLY);
    const old = await runCouler(['compile', 'nightly.ts', '--backend', 'argo', '--argo-version', '3.5', '--validate'], directory);
    expect(old.stderr).toBe('');
    expect(old.code).toBe(0);
    const oldDocument = parseYaml(old.stdout, { version: '1.1' }) as Document;
    expect(oldDocument.kind).toBe('CronWorkflow');
    expect(oldDocument.spec.schedule).toBe('0 3 * * *');
    expect(oldDocument.spec.schedules).toBeUndefined();
    expect(validateArgoDocument(oldDocument, { argoVersion: '3.5' })).toEqual([]);

    const current = await runCouler(['compile', 'nightly.ts', '--backend', 'argo', '--validate'], directory);
    expect(current.code).toBe(0);
    const currentDocument = parseYaml(current.stdout, { version: '1.1' }) as Document;
    expect(currentDocument.spec.schedules).toEqual(['0 3 * * *']);
    expect(currentDocument.spec.schedule).toBeUndefined();
  });

  it('--argo-version takes the releases it knows, and --setting argoVersion a number', async () => {
    const directory = scratchFile('nightly.ts', NIGHTLY);
    const bad = await runCouler(['compile', 'nightly.ts', '--argo-version', '3.3'], directory);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain("'3.3' is invalid");
    expect(bad.stderr).toContain('3.4, 3.5, 3.6, 3.7, 4.0, 4.1');
    const setting = await runCouler(['compile', 'nightly.ts', '--setting', 'argoVersion=3.4'], directory);
    expect(setting.code).toBe(0);
    expect((parseYaml(setting.stdout, { version: '1.1' }) as Document).spec.schedule).toBe('0 3 * * *');
  });

  it('an argument over 128 KiB is refused with its size, the limit and where it is', async () => {
    const directory = scratchFile('big-arg.ts', BIG_ARGUMENT);
    const { code, stdout, stderr } = await runCouler(['compile', 'big-arg.ts', '--backend', 'argo', '--validate'], directory);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    // Every engine starts Linux processes, so validation refuses it before the backend sees it.
    expect(stderr).toContain('error[ARGUMENT_TOO_LONG] at steps.echo-it.container.args[0]: Argument 1 of step "echo-it" is 204,801 bytes (200 KiB)');
    expect(stderr).toContain('at most 131,072 bytes (128 KiB) in one argument or variable');
    expect(stderr).toMatch(/hint: Pass it in a file instead/);
  });
});
