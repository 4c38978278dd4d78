import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Step, Workflow } from '@couler/ir';
import type { AirflowSettings } from '../src/index';
import { compileChecked } from './support/compile-checked';
import { container, irWorkflow, output } from './support/ir';
import { hasJinja } from './support/python';
import { pushedXcom, readPod, runPod } from './support/run-pod';

/**
 * Without the artifactStore setting, artifacts travel in XCom as TaskFlow values do: the
 * producer's wrapper packs a file (or a directory's tar archive) as base64 into its XCom, and
 * the reader's pod gets it rendered into its environment. The pods run for real (`sh`, `tar`,
 * `base64`), their templated fields rendered by jinja2; XCom is handed from one to the next.
 */
const directory = mkdtempSync(join(tmpdir(), "couler xcom '"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

// Paths a user could write: spaces, quotes, $( ), Jinja braces.
const at = (name: string) => join(directory, `${name} dir`, `it's "${name}" $(touch pwned) {{ x }}`);
const MADE = at('made');
const USED = at('used');
// Bytes no text survives: NUL, invalid UTF-8, a trailing newline, Jinja and shell syntax.
const BINARY = Buffer.concat([Buffer.from([0, 1, 0xff, 0xfe, 10]), Buffer.from('{{ ti }} $(id) ünï\n\n')]);
const FILES = { 'a.txt': 'first\n', 'sub dir/b {{ x }}.json': '{"k": "v"}', 'ünï.txt': '' };

function producerAndReader(extra: { optional?: boolean; writes?: boolean } = {}): Workflow {
  const writes = extra.writes ?? true;
  return irWorkflow('xcom-artifacts', [
    container('make', { env: [{ name: 'OUT', value: MADE }, { name: 'SRC', value: join(directory, 'source') }], outputs: { artifacts: [{ name: 'model', path: `${MADE}/model.bin`, ...(extra.optional && { optional: true }) }, { name: 'split', path: `${MADE}/split` }] } }, {
      image: 'busybox',
      command: ['sh', '-c'],
      args: [writes ? 'mkdir -p "$OUT" && cp "$SRC/model.bin" "$OUT/model.bin" && cp -R "$SRC/split" "$OUT/split"' : 'mkdir -p "$OUT/split"'],
    }),
    container('use', { env: [{ name: 'IN', value: USED }], inputs: { artifacts: [{ name: 'model', path: `${USED}/model.bin`, from: output('make', 'model'), ...(extra.optional && { optional: true }) }, { name: 'split', path: `${USED}/split`, from: output('make', 'split') }] } }, {
      image: 'busybox',
      command: ['sh', '-c'],
      args: ['ls "$IN"'],
    }),
  ] as Step[]);
}

let runs = 0;
async function run(source: string, taskId: string, xcom: Record<string, unknown> = {}) {
  runs += 1;
  const xcomDirectory = join(directory, `pod ${runs}`, 'xcom');
  const pod = readPod(source, { taskId, dagId: 'xcom-artifacts', runId: 'r1', xcom });
  const { base, sidecar } = await runPod(pod, { shared: join(directory, `pod ${runs}`, 'shared'), xcom: xcomDirectory });
  const pushed = pushedXcom(xcomDirectory);
  return { base, sidecar, pushed, pod };
}

/** Every file under a directory, by relative path, as text. */
function tree(root: string, prefix = ''): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(join(root, prefix)).sort()) {
    const relative = prefix === '' ? name : `${prefix}/${name}`;
    if (statSync(join(root, relative)).isDirectory()) Object.assign(files, tree(root, relative));
    else files[relative] = readFileSync(join(root, relative), 'utf8');
  }
  return files;
}

function writeSource(): void {
  for (const old of [MADE, USED]) rmSync(old, { recursive: true, force: true });
  const source = join(directory, 'source');
  rmSync(source, { recursive: true, force: true });
  mkdirSync(join(source, 'split', 'sub dir'), { recursive: true });
  writeFileSync(join(source, 'model.bin'), BINARY);
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(source, 'split', name), text);
}

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('artifacts without an artifact store', () => {
  for (const airflowVersion of [3, 2] as const) {
    it(`compile for Airflow ${airflowVersion} with no sidecar: the pods carry them in XCom`, () => {
      const dag = compileChecked(producerAndReader(), { airflowVersion });
      expect(dag.task('make').pod?.containers).toEqual([]);
      expect(dag.task('use').pod?.containers).toEqual([]);
      expect(dag.flat).toContain(`k8s.V1EnvVar(name="COULER_INPUT_0", value='{{ couler_artifact(ti, "make", "model") }}')`);
    });
  }

  it.skipIf(!hasJinja)('a file and a directory reach the reader byte for byte, through the producer\'s XCom', async () => {
    writeSource();
    const { source } = compileChecked(producerAndReader());
    const made = await run(source, 'make');
    expect(made.base.stderr).toBe('');
    expect(made.base.status).toBe(0);
    expect(made.pushed?.['artifact:model']).toBe(`file:${BINARY.toString('base64')}`);
    expect(made.pushed?.['artifact:split']).toMatch(/^dir:[A-Za-z0-9+/=]+$/);
    const used = await run(source, 'use', { make: made.pushed });
    expect(used.base.stderr).toBe('');
    expect(used.base.status).toBe(0);
    expect(sha(readFileSync(`${USED}/model.bin`))).toBe(sha(BINARY));
    expect(tree(`${USED}/split`)).toEqual(FILES);
    // Carried in the environment only as long as needed: the command does not see it.
    expect(used.base.stdout).toBe('model.bin\nsplit\n');
  });

  it.skipIf(!hasJinja)('with a large xcomMaxBytes, an artifact reaches the reader in pieces, each under Linux\'s limit for one variable', async () => {
    writeSource();
    const large = Buffer.from(Array.from({ length: 200_000 }, (_, index) => (index * 7919) % 251));
    writeFileSync(join(directory, 'source', 'model.bin'), large);
    const { source, flat } = compileChecked(producerAndReader(), { xcomMaxBytes: 300_000 } as AirflowSettings);
    expect(flat).toContain(`k8s.V1EnvVar(name="COULER_INPUT_0_4", value='{{ couler_artifact(ti, "make", "model")[390144:] }}')`);
    const made = await run(source, 'make');
    expect(made.base.status).toBe(0);
    const used = await run(source, 'use', { make: made.pushed });
    expect(used.base.stderr).toBe('');
    expect(sha(readFileSync(`${USED}/model.bin`))).toBe(sha(large));
  });

  it.skipIf(!hasJinja)('past xcomMaxBytes the producer fails, naming the size, the limit and the artifactStore setting', async () => {
    writeSource();
    const { source } = compileChecked(producerAndReader(), { xcomMaxBytes: 64 } as AirflowSettings);
    const made = await run(source, 'make');
    expect(made.base.status).toBe(1);
    expect(made.base.stderr).toContain(`couler: output artifact "split" is`);
    expect(made.base.stderr).toMatch(/is \d+ bytes as a gzipped tar archive; without an artifact store it travels in XCom, which takes at most 64 bytes of it \(the xcomMaxBytes setting\)\. Set the "artifactStore" setting of the airflow backend/);
  });

  it.skipIf(!hasJinja)('an optional artifact the producer did not write: none pushed, and the reader runs without it; a required one fails the reader', async () => {
    writeSource();
    const { source } = compileChecked(producerAndReader({ optional: true, writes: false }));
    const made = await run(source, 'make');
    expect(made.base.status).toBe(0);
    expect(made.pushed?.['artifact:model']).toBe('');
    const used = await run(source, 'use', { make: made.pushed });
    expect(used.base.stderr).toBe('');
    expect(used.base.stdout).toBe('split\n');
    const required = compileChecked(producerAndReader({ writes: false })).source;
    const failed = await run(required, 'use', { make: { ...made.pushed, 'artifact:model': '' } });
    expect(failed.base.status).toBe(1);
    expect(failed.base.stderr).toBe('couler: input artifact "model" has no value in XCom (its producer did not write it)\n');
  });

  it('a pod whose artifacts from other steps could pass Linux\'s limits is refused when compiling, naming the artifactStore setting', async () => {
    const readers = Array.from({ length: 20 }, (_, index) => ({ name: `in-${index}`, path: `/in/${index}`, from: output('make', 'model') }));
    const workflow = irWorkflow('many-inputs', [
      container('make', { outputs: { artifacts: [{ name: 'model', path: '/out/model' }] } }, { command: ['sh', '-c', 'echo > /out/model'], args: [] }),
      container('use', { inputs: { artifacts: readers } }, { command: ['sh', '-c', 'ls /in'], args: [] }),
    ] as Step[]);
    expect(() => compileChecked(workflow)).toThrow();
    const { airflow } = await import('../src/index');
    const error = await airflow.doCompile(workflow, {}).then(
      () => undefined,
      (caught: unknown) => caught as { code: string; message: string; hint?: string },
    );
    expect(error?.code).toBe('UNSUPPORTED_BY_BACKEND');
    expect(error?.message).toContain('Step "use" starts its pod with');
    expect(error?.hint).toContain('"artifactStore" setting');
    // With the store, the same workflow compiles: the sidecar fetches them.
    expect(compileChecked(workflow, { artifactStore: { url: 's3://bucket/runs' } }).task('use').pod?.containers).toContain('couler-transfer');
  });
});
