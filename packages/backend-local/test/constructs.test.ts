import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Workflow } from '@couler/ir';
import { runWorkflow } from '../src/run-workflow';
import { ArtifactStore } from '../src/artifacts/artifact-store';
import { resolveCoulerHome } from '../src/state/couler-home';
import { eventLog, sh, useTempDirs, workflowOf } from './helpers/workflows';

const dirs = useTempDirs();

/** A workflow of the paper, built by the DSL (a path, not a specifier: it lives outside this package). */
async function paperExample(file: string): Promise<Workflow> {
  const module = (await import(join(import.meta.dirname, '..', '..', '..', 'examples', 'paper', 'src', file))) as { default: Workflow };
  return module.default;
}
const phases = (summary: { steps: ReadonlyArray<{ id: string; phase: string }> }) => Object.fromEntries(summary.steps.map((step) => [step.id, step.phase]));
const results = (summary: { steps: ReadonlyArray<{ id: string; outputs: { result?: string } }> }) =>
  Object.fromEntries(summary.steps.map((step) => [step.id, step.outputs.result]));

describe('data flow', () => {
  it('gives each step its own /tmp/out.txt: two steps writing the same declared path never clash', async () => {
    const writer = (name: string) =>
      sh(name, `echo ${name} > /tmp/out.txt; sleep 0.2; cat /tmp/out.txt`, { outputs: { parameters: [{ name: 'out', path: '/tmp/out.txt' }] } });
    const workflow = workflowOf('same-path', [
      writer('left'),
      writer('right'),
      sh('join', 'echo "$A+$B"', {
        env: [
          { name: 'A', value: { ref: 'step', step: 'left', output: 'out' } },
          { name: 'B', value: { ref: 'step', step: 'right', output: 'out' } },
        ],
      }),
    ]);
    const summary = await runWorkflow(workflow, { home: dirs.home(), parallelism: 2 });
    expect(summary.phase).toBe('Succeeded');
    expect(results(summary)).toEqual({ left: 'left', right: 'right', join: 'left+right' });
    // Nothing was written to the host's /tmp/out.txt by these steps.
    expect(summary.steps.find((step) => step.id === 'left')!.outputs.parameters).toEqual({ out: 'left' });
  });

  it('hands stdout on as `result` and keeps paths inside arguments working', async () => {
    const workflow = workflowOf('args', [
      {
        name: 'write',
        kind: 'container',
        container: { image: 'busybox', command: ['sh', '-c'], args: ['printf 42 > /data/answer.txt && echo written'] },
        outputs: { parameters: [{ name: 'answer', path: '/data/answer.txt' }] },
      },
      {
        name: 'read',
        kind: 'container',
        container: { image: 'busybox', command: ['echo'], args: [{ concat: ['answer=', { ref: 'step', step: 'write', output: 'answer' }, ' said ', { ref: 'step', step: 'write', output: 'result' }] }] },
      },
    ]);
    const summary = await runWorkflow(workflow, { home: dirs.home() });
    expect(summary.phase).toBe('Succeeded');
    expect(results(summary).read).toBe('answer=42 said written');
  });

  it('stores output artifacts (a file and a directory) by content and puts them in place for the steps that read them', async () => {
    const workflow = workflowOf('artifacts', [
      sh('make', 'mkdir -p /out/model && echo weights > /out/model/w.bin && echo v1 > /out/model/version && printf "a,b\\n1,2\\n" > /out/data.csv', {
        outputs: {
          artifacts: [
            { name: 'model', path: '/out/model' },
            { name: 'data', path: '/out/data.csv' },
          ],
        },
      }),
      sh('use', 'cat /in/model/version; wc -l < /in/data.csv; cat /in/note.txt', {
        inputs: {
          artifacts: [
            { name: 'model', path: '/in/model', from: { ref: 'step', step: 'make', output: 'model' } },
            { name: 'data', path: '/in/data.csv', from: { ref: 'step', step: 'make', output: 'data' } },
            { name: 'note', path: '/in/note.txt', raw: 'inline text' },
          ],
        },
      }),
    ]);
    const summary = await runWorkflow(workflow, { home: dirs.home() });
    expect(summary.phase).toBe('Succeeded');
    expect(results(summary).use).toBe('v1\n2\ninline text');
    const make = summary.steps.find((step) => step.id === 'make')!;
    const store = new ArtifactStore(resolveCoulerHome(dirs.home()).artifacts);
    expect(make.outputs.artifacts.model!.kind).toBe('dir');
    expect(make.outputs.artifacts.data).toMatchObject({ kind: 'file', size: 8 });
    expect(readFileSync(store.pathOf(make.outputs.artifacts.data!.hash), 'utf8')).toBe('a,b\n1,2\n');
    expect(readFileSync(join(store.pathOf(make.outputs.artifacts.model!.hash), 'w.bin'), 'utf8')).toBe('weights\n');
  });

  it('fails a step whose S3 artifact has no store, naming the artifact and the step', async () => {
    const workflow = workflowOf('s3', [
      sh('train', 'cat /data/train.csv', {
        inputs: { artifacts: [{ name: 'training-data', path: '/data/train.csv', location: { type: 's3', bucket: 'ml', key: 'train.csv' } }] },
      }),
    ]);
    const summary = await runWorkflow(workflow, { home: dirs.home() });
    expect(summary.phase).toBe('Error');
    expect(summary.message).toContain('"training-data" of step "train"');
    expect(summary.message).toContain('S3');
  });

  it('fails a step that exits 0 without writing a declared output, saying which file', async () => {
    const summary = await runWorkflow(workflowOf('missing', [sh('lazy', 'true', { outputs: { parameters: [{ name: 'score', path: '/tmp/score.txt' }] } })]), {
      home: dirs.home(),
    });
    expect(summary.phase).toBe('Error');
    expect(summary.message).toMatch(/did not write its output parameter "score" to \/tmp\/score.txt/);
  });

  it('runs scripts with python3, node and bash, each from a file in the step directory', async () => {
    const script = (name: string, command: string, source: string) => ({ name, kind: 'script', script: { image: 'x', command: [command], source } });
    const workflow = workflowOf('scripts', [
      script('py', 'python3', 'import sys\nprint(sum(range(5)), sys.argv[0].endswith(".py"))'),
      script('js', 'node', 'console.log([1, 2, 3].map((x) => x * 2).join(","))'),
      script('bash', 'bash', 'arr=(a b c)\necho "${#arr[@]}"'),
    ]);
    const summary = await runWorkflow(workflow, { home: dirs.home() });
    expect(summary.phase).toBe('Succeeded');
    expect(results(summary)).toEqual({ py: '10 True', js: '2,4,6', bash: '3' });
  });
});

describe('control flow', () => {
  it('runs exactly one branch of the paper\'s coinflip (Code 2)', async () => {
    const coinflip = await paperExample('code2-coinflip.ts');
    const summary = await runWorkflow(coinflip, { home: dirs.home() });
    expect(summary.phase).toBe('Succeeded');
    const flip = results(summary)['flip-coin'];
    expect(['heads', 'tails']).toContain(flip);
    const ran = summary.steps.filter((step) => step.phase === 'Succeeded').map((step) => step.stepName);
    expect(ran.sort()).toEqual(['flip-coin', flip === 'heads' ? 'heads' : 'tails'].sort());
    expect(phases(summary)[flip === 'heads' ? 'tails' : 'heads']).toBe('Skipped');
  });

  it('ends the paper\'s execWhile loop (Code 4) on heads, within its cap', async () => {
    const loop = await paperExample('code4-recursive.ts');
    const summary = await runWorkflow(loop, { home: dirs.home() });
    expect(summary.phase).toBe('Succeeded');
    const flips = summary.steps.map((step) => step.outputs.result);
    expect(flips.length).toBeGreaterThanOrEqual(1);
    expect(flips.length).toBeLessThanOrEqual(20);
    expect(flips.slice(0, -1).every((flip) => flip === 'tails')).toBe(true);
    if (flips.length < 20) expect(flips.at(-1)).toBe('heads');
  });

  it('loops while a condition holds and stops at maxIterations when it always holds', async () => {
    const counter = join(dirs.scratch(), 'count');
    const count = sh('count', `n=$(cat ${counter} 2>/dev/null || echo 0); n=$((n+1)); echo $n > ${counter}; echo $n`);
    const until3 = workflowOf('until-3', [count], {
      groups: [{ name: 'loop', kind: 'while', steps: ['count'], condition: { op: 'smaller', left: { ref: 'step', step: 'count', output: 'result' }, right: 3 }, maxIterations: 10 }],
    });
    const summary = await runWorkflow(until3, { home: dirs.home() });
    expect(summary.steps.map((step) => `${step.id}=${step.outputs.result}`)).toEqual(['count=1', 'count#2=2', 'count#3=3']);

    const { events, onEvent } = eventLog();
    const forever = workflowOf('forever', [sh('spin', 'echo again')], {
      groups: [{ name: 'spin-loop', kind: 'while', steps: ['spin'], condition: { op: 'equal', left: { ref: 'step', step: 'spin', output: 'result' }, right: 'again' }, maxIterations: 4 }],
    });
    const capped = await runWorkflow(forever, { home: dirs.home(), onEvent });
    expect(capped.phase).toBe('Succeeded');
    expect(capped.steps.map((step) => step.id)).toEqual(['spin', 'spin#2', 'spin#3', 'spin#4']);
    expect(events.some((event) => event.type === 'notice' && event.message.includes('cap of 4'))).toBe(true);
  });

  it('maps over literal items and over another step\'s JSON output, and fans the results back in, in item order', async () => {
    const workflow = workflowOf('map', [
      { ...sh('double', 'echo $(( $X * 2 ))', { env: [{ name: 'X', value: { ref: 'item' } }] }), map: { items: [3, 1, 2], parallelism: 2 } },
      sh('list', `echo '[{"name":"a","n":1},{"name":"b","n":2}]'`),
      { ...sh('each', 'echo "$NAME:$N"', { env: [{ name: 'NAME', value: { ref: 'item', key: 'name' } }, { name: 'N', value: { ref: 'item', key: 'n' } }] }), map: { from: { ref: 'step', step: 'list', output: 'result' } } },
      sh('sum', 'echo "$D $E"', {
        env: [
          { name: 'D', value: { ref: 'step', step: 'double', output: 'result' } },
          { name: 'E', value: { ref: 'step', step: 'each', output: 'result' } },
        ],
      }),
    ]);
    const summary = await runWorkflow(workflow, { home: dirs.home() });
    expect(summary.phase).toBe('Succeeded');
    expect(results(summary)).toMatchObject({ 'double[0]': '6', 'double[1]': '2', 'double[2]': '4', 'each[0]': 'a:1', 'each[1]': 'b:2' });
    expect(results(summary).sum).toBe('[6,2,4] ["a:1","b:2"]');
  });

  it('fails a map over something that is not a list, saying what it got', async () => {
    const workflow = workflowOf('bad-map', [sh('one', 'echo 7'), { ...sh('each', 'true'), map: { from: { ref: 'step', step: 'one', output: 'result' } } }]);
    const summary = await runWorkflow(workflow, { home: dirs.home() });
    expect(summary.phase).toBe('Error');
    expect(summary.message).toContain('maps over output "result" of step "one", which is not a JSON list: "7"');
  });

  it('runs concurrent branches side by side, at most `parallelism` at once, each branch in order', async () => {
    const log = join(dirs.scratch(), 'log');
    const step = (name: string) => sh(name, `echo start-${name} >> ${log}; sleep 0.2; echo end-${name} >> ${log}`);
    const workflow = workflowOf('concurrent', [step('a1'), step('a2'), step('b1')], {
      groups: [{ name: 'both', kind: 'concurrent', branches: [['a1', 'a2'], ['b1']], parallelism: 1 }],
    });
    const summary = await runWorkflow(workflow, { home: dirs.home(), parallelism: 4 });
    expect(summary.phase).toBe('Succeeded');
    const lines = readFileSync(log, 'utf8').trim().split('\n');
    // One at a time: every start is followed by its own end.
    for (let index = 0; index < lines.length; index += 2) expect(lines[index + 1]).toBe(lines[index]!.replace('start', 'end'));
    expect(lines.indexOf('start-a2')).toBeGreaterThan(lines.indexOf('end-a1'));
  });

  it('bounds parallelism: never more steps at once than --parallelism', async () => {
    const log = join(dirs.scratch(), 'log');
    const steps = ['s1', 's2', 's3', 's4', 's5'].map((name) => sh(name, `echo + >> ${log}; sleep 0.5; echo - >> ${log}`));
    const summary = await runWorkflow(workflowOf('wide', steps), { home: dirs.home(), parallelism: 2 });
    expect(summary.phase).toBe('Succeeded');
    let running = 0;
    let most = 0;
    for (const line of readFileSync(log, 'utf8').trim().split('\n')) {
      running += line === '+' ? 1 : -1;
      most = Math.max(most, running);
    }
    expect(most).toBe(2);
  });

  it('follows depends expressions and continueOn, and omits what waits for a failure', async () => {
    const workflow = workflowOf('depends', [
      sh('train', 'echo boom >&2; exit 3'),
      sh('alert', 'echo alerting', { depends: 'train.Failed' }),
      sh('celebrate', 'echo yay', { depends: 'train.Succeeded' }),
      sh('report', 'echo report', { dependencies: ['train'] }),
      sh('flaky', 'exit 1', { continueOn: { failed: true } }),
      sh('after-flaky', 'echo fine', { dependencies: ['flaky'] }),
    ]);
    const summary = await runWorkflow(workflow, { home: dirs.home(), defaultRetry: false });
    expect(phases(summary)).toEqual({ train: 'Failed', alert: 'Succeeded', celebrate: 'Omitted', report: 'Omitted', flaky: 'Failed', 'after-flaky': 'Succeeded' });
    expect(summary.phase).toBe('Failed');
    expect(summary.message).toMatch(/^Step "train" failed: exit code 3/);
    expect(summary.message).toContain('| boom');
  });

  it('runs the exit handler after the main steps, with the workflow status', async () => {
    const exit = [sh('notify', 'echo "status=$S"', { env: [{ name: 'S', value: { ref: 'workflow', field: 'status' } }] })];
    const ok = await runWorkflow(workflowOf('exit-ok', [sh('work', 'echo ok')], { onExit: exit }), { home: dirs.home() });
    expect(ok.phase).toBe('Succeeded');
    expect(results(ok).notify).toBe('status=Succeeded');
    const failed = await runWorkflow(workflowOf('exit-failed', [sh('work', 'exit 1')], { onExit: exit }), { home: dirs.home(), defaultRetry: false });
    expect(failed.phase).toBe('Failed');
    expect(results(failed).notify).toBe('status=Failed');
    expect(failed.steps.map((step) => step.id)).toEqual(['work', 'notify']);
  });
});

describe('parameters and limits', () => {
  const parameterized = workflowOf('params', [sh('train', 'echo "lr=$LR epochs=$E"', { env: [{ name: 'LR', value: { ref: 'parameter', name: 'lr' } }, { name: 'E', value: { ref: 'parameter', name: 'epochs' } }] })], {
    parameters: [
      { name: 'lr', type: 'number', default: 0.1 },
      { name: 'epochs', type: 'integer', default: 3 },
    ],
  });

  it('uses parameter defaults, and overrides given for the run', async () => {
    expect(results(await runWorkflow(parameterized, { home: dirs.home() })).train).toBe('lr=0.1 epochs=3');
    expect(results(await runWorkflow(parameterized, { home: dirs.home(), parameters: { epochs: '10' } })).train).toBe('lr=0.1 epochs=10');
  });

  it('refuses unknown and mistyped parameters before anything runs', async () => {
    await expect(runWorkflow(parameterized, { home: dirs.home(), parameters: { epoch: '3' } })).rejects.toMatchObject({
      code: 'UNKNOWN_PARAMETER',
      message: expect.stringContaining('Did you mean "epochs"?'),
    });
    await expect(runWorkflow(parameterized, { home: dirs.home(), parameters: { epochs: 'many' } })).rejects.toMatchObject({ code: 'TYPE_MISMATCH', path: ['spec', 'parameters', 'epochs'] });
  });

  it('kills a step at its timeout and says so', async () => {
    const started = Date.now();
    const summary = await runWorkflow(workflowOf('slow', [sh('slow', 'sleep 30', { timeoutSeconds: 1 })]), { home: dirs.home(), defaultRetry: false });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(summary.phase).toBe('Failed');
    expect(summary.message).toContain('timed out after 1 s');
  });

  it('refuses constructs the local engine cannot run, naming them', async () => {
    const workflow = workflowOf('job', [{ name: 'train', kind: 'job', job: { framework: 'tensorflow', image: 'x', replicas: { Worker: { replicas: 2 } } } }]);
    await expect(runWorkflow(workflow, { home: dirs.home() })).rejects.toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', message: expect.stringContaining('"train"') });
    expect(existsSync(resolveCoulerHome(dirs.home()).database)).toBe(false);
  });
});
