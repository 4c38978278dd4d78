import { readFile } from 'node:fs/promises';
import {
  assertSupported,
  CONSTRUCTS,
  CoulerError,
  detectConstructs,
  parseWorkflow,
  serializeWorkflow,
  type BackendV1,
  type BackendV1CompileResult,
  type BackendV1LogLine,
  type BackendV1Phase,
  type BackendV1RunHandle,
  type BackendV1RunStatus,
} from '@couler/ir';
import type { LocalRunOptions } from './engine/local-run-options';
import { parseRunLog } from './engine/run-log';
import { checkDataSteps } from './data/check-data-steps';
import { checkHttpSteps } from './http/check-http-steps';
import { LOCAL_CAPABILITIES, LOCAL_IGNORED, refuseStartSuspended } from './local-capabilities';
import { findRun, openStateStore, runWorkflow, type RunSummary } from './run-workflow';
import { ignoredPodSpecFields, refusePodSpecNeeds } from './pod-spec-on-this-machine';

/** Settings of a local backend: everything `runWorkflow` takes, but per run. */
export type LocalBackendSettings = Omit<LocalRunOptions, 'parameters' | 'signal' | 'runId'>;

/** The local engine behind the `BackendV1` contract, for callers that drive every backend alike. */
export interface LocalBackend extends BackendV1 {
  /** Resolves when a run this backend submitted has finished. */
  waitFor(run: BackendV1RunHandle): Promise<RunSummary>;
}

const WORKFLOW_FILE = /\.local\.json$/;

/**
 * A `BackendV1` for the local engine. `doCompile` checks the workflow and returns it as one
 * `<name>.local.json` file (the engine runs the IR itself); `doSubmit` starts that run in this
 * process and returns its handle at once; `doStatus` and `doLogs` read the SQLite state, so
 * they also work for runs another process started.
 */
export function createLocalBackend(settings: LocalBackendSettings = {}): LocalBackend {
  const running = new Map<string, Promise<RunSummary>>();
  const withStore = <T>(use: (store: ReturnType<typeof openStateStore>) => T): T => {
    const store = openStateStore(settings.home);
    try {
      return use(store);
    } finally {
      store.close();
    }
  };
  return {
    specificationVersion: 'v1',
    backendId: 'local',
    capabilities: LOCAL_CAPABILITIES,

    async doCompile(workflow): Promise<BackendV1CompileResult> {
      refuseStartSuspended(workflow);
      assertSupported(workflow, { backendId: 'local', capabilities: LOCAL_CAPABILITIES });
      checkHttpSteps(workflow);
      checkDataSteps(workflow);
      refusePodSpecNeeds(workflow);
      const ignored = detectConstructs(workflow).filter((use) => LOCAL_IGNORED.includes(use.construct));
      const podFields = ignoredPodSpecFields(workflow);
      return {
        files: [{ path: `${workflow.metadata.name}.local.json`, contents: serializeWorkflow(workflow, { format: 'json' }) }],
        warnings: ignored.map((use) => ({
          message: `The local engine ignores ${CONSTRUCTS[use.construct]}.`,
          path: use.path,
          ...(use.stepName !== undefined && { stepName: use.stepName }),
        })).concat(podFields.length ? [{ message: `The local engine ignores pod settings: ${podFields.join(', ')}.`, path: ['pod'] }] : []),
      };
    },

    async doSubmit(compiled, options): Promise<BackendV1RunHandle> {
      const file = compiled.files.find((candidate) => WORKFLOW_FILE.test(candidate.path));
      if (!file) throw new CoulerError('LOAD_FAILED', 'The compiled files hold no <name>.local.json workflow.', { hint: 'Pass what doCompile of the local backend returned.' });
      const workflow = parseWorkflow(file.contents);
      let started!: (runId: string) => void;
      let failed!: (error: unknown) => void;
      const runId = new Promise<string>((resolve, reject) => {
        started = resolve;
        failed = reject;
      });
      const run = runWorkflow(workflow, {
        ...settings,
        ...(options.parameters && { parameters: options.parameters }),
        ...(options.abortSignal && { signal: options.abortSignal }),
        onEvent: (event) => {
          if (event.type === 'run-started') started(event.runId);
          settings.onEvent?.(event);
        },
      });
      run.catch(failed);
      const id = await runId;
      running.set(id, run);
      return { backendId: 'local', runId: id };
    },

    async doStatus(handle): Promise<BackendV1RunStatus> {
      return withStore((store) => {
        const run = findRun(store, handle.runId);
        const phase = (value: string): BackendV1Phase => (value === 'Omitted' ? 'Skipped' : (value as BackendV1Phase));
        return {
          run: { backendId: 'local', runId: run.id },
          phase: phase(run.phase),
          ...(run.startedAt !== undefined && { startedAt: run.startedAt }),
          ...(run.finishedAt !== undefined && { finishedAt: run.finishedAt }),
          ...(run.message !== undefined && { message: run.message }),
          steps: store.getSteps(run.id).map((step) => ({
            name: step.id,
            phase: phase(step.phase),
            ...(step.startedAt !== undefined && { startedAt: step.startedAt }),
            ...(step.finishedAt !== undefined && { finishedAt: step.finishedAt }),
            ...(step.message !== undefined && { message: step.message }),
          })),
        };
      });
    },

    async *doLogs(handle, options): AsyncIterable<BackendV1LogLine> {
      let offset = 0;
      for (;;) {
        const { path, phase, names } = withStore((store) => {
          const run = findRun(store, handle.runId);
          return { path: `${run.runDir}/steps.log`, phase: run.phase, names: new Map(store.getSteps(run.id).map((step) => [step.id, step.stepName])) };
        });
        const text = (await readFile(path, 'utf8').catch(() => '')).slice(offset);
        const complete = text.slice(0, text.lastIndexOf('\n') + 1);
        offset += complete.length;
        for (const line of parseRunLog(complete)) {
          if (options.stepName === undefined || line.stepId === options.stepName || names.get(line.stepId) === options.stepName) yield { stepName: line.stepId, text: line.text };
        }
        if (!options.follow || (phase !== 'Running' && phase !== 'Pending')) return;
        if (options.abortSignal?.aborted) return;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    },

    waitFor(handle) {
      const run = running.get(handle.runId);
      if (!run) return Promise.reject(new CoulerError('RUN_NOT_FOUND', `Run "${handle.runId}" was not submitted by this backend instance.`));
      return run;
    },
  };
}

/** The local backend with default settings (`~/.couler`). */
export const local: LocalBackend = createLocalBackend();
