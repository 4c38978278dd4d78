import { describe, expect, it } from 'vitest';
import { ArtifactStore } from '../src/artifacts/artifact-store';
import { runWorkflow } from '../src/run-workflow';
import { collectGarbage } from '../src/state/collect-garbage';
import { resolveCoulerHome } from '../src/state/couler-home';
import { StateStore } from '../src/state/state-store';
import { eventLog, sh, useTempDirs, workflowOf } from './helpers/workflows';

const dirs = useTempDirs();

/** Three outputs with distinct contents, one per artifactGC strategy (the workflow's is OnWorkflowDeletion). */
const gcWorkflow = workflowOf(
  'gc',
  [
    sh('write', 'mkdir -p /out && echo done > /out/done && echo kept > /out/kept && echo run > /out/run', {
      outputs: {
        artifacts: [
          { name: 'done', path: '/out/done', artifactGC: 'OnWorkflowCompletion' },
          { name: 'kept', path: '/out/kept', artifactGC: 'Never' },
          { name: 'run', path: '/out/run' },
        ],
      },
    }),
  ],
  { artifactGC: 'OnWorkflowDeletion' },
);

async function storedAfterClean(home: string, runIds: string[]): Promise<Record<string, boolean>> {
  const paths = resolveCoulerHome(home);
  const store = new StateStore(paths.database);
  try {
    const outputs = store.artifactOutputs();
    const hashOf = (name: string) => outputs.find((output) => output.name === name)!.hash;
    const hashes = { done: hashOf('done'), kept: hashOf('kept'), run: hashOf('run') };
    await collectGarbage(store, new ArtifactStore(paths.artifacts), { runIds });
    const left = new Set(store.listArtifacts().map((artifact) => artifact.hash));
    return Object.fromEntries(Object.entries(hashes).map(([name, hash]) => [name, left.has(hash)]));
  } finally {
    store.close();
  }
}

describe('artifactGC on the local engine (couler clean)', () => {
  it('drops OnWorkflowCompletion outputs of a finished run, keeps the others while the run is kept', async () => {
    const summary = await runWorkflow(gcWorkflow, { home: dirs.home() });
    expect(summary.phase).toBe('Succeeded');
    expect(await storedAfterClean(dirs.home(), [])).toEqual({ done: false, kept: true, run: true });
  });

  it('drops OnWorkflowDeletion outputs with the run, and never drops Never outputs, even in later cleans', async () => {
    const summary = await runWorkflow(gcWorkflow, { home: dirs.home() });
    expect(await storedAfterClean(dirs.home(), [summary.runId])).toEqual({ done: false, kept: true, run: false });
    const paths = resolveCoulerHome(dirs.home());
    const store = new StateStore(paths.database);
    try {
      await collectGarbage(store, new ArtifactStore(paths.artifacts));
      expect(store.listArtifacts().length).toBe(1);
    } finally {
      store.close();
    }
  });
});

describe('input artifact options on the local engine', () => {
  it('keeps only subPath of a directory artifact, with mode applied to every file under recurseMode', async () => {
    const steps = [
      sh('write', 'mkdir -p /out/tree/sub && echo a > /out/tree/sub/a && echo b > /out/tree/b', { outputs: { artifacts: [{ name: 'tree', path: '/out/tree' }] } }),
      sh('read', 'test "$(stat -c %a /in/sub/a)" = 700 && test "$(stat -c %a /in/sub)" = 700 && cat /in/sub/a && test ! -e /in/b', {
        dependencies: ['write'],
        inputs: { artifacts: [{ name: 'tree', path: '/in/sub', from: { ref: 'step', step: 'write', output: 'tree' }, subPath: 'sub', mode: 0o700, recurseMode: true }] },
      }),
    ];
    const summary = await runWorkflow(workflowOf('parts', steps), { home: dirs.home() });
    expect(summary.phase).toBe('Succeeded');
  });

  it('refuses a subPath that climbs out of the artifact', async () => {
    const steps = [
      sh('write', 'mkdir -p /out/tree && echo a > /out/tree/a', { outputs: { artifacts: [{ name: 'tree', path: '/out/tree' }] } }),
      sh('read', 'true', { dependencies: ['write'], inputs: { artifacts: [{ name: 'tree', path: '/in/x', from: { ref: 'step', step: 'write', output: 'tree' }, subPath: '../../etc' }] } }),
    ];
    const { events, onEvent } = eventLog();
    const summary = await runWorkflow(workflowOf('escape', steps), { home: dirs.home(), onEvent });
    expect(summary.phase).not.toBe('Succeeded');
    expect(JSON.stringify(events)).toContain('is not a path inside the artifact');
  });
});
