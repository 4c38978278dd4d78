import { open } from 'node:fs/promises';
import { findRun, parseRunLog, type AttemptRecord, type StateStore } from '@couler/backend-local';
import { CoulerError, didYouMean } from '@couler/ir';
import type { CliCommand } from './cli-command';
import { coulerServerTarget } from './couler-server/couler-server-client';
import { printServerLogs } from './couler-server/server-commands';
import { addHomeOption } from './local/local-options';
import { withState } from './local/with-state';
import { addRemoteOptions, wantsRemote, type RemoteOptions } from './remote/remote-options';
import { printRemoteLogs } from './remote/remote-logs';

interface LogsOptions extends RemoteOptions {
  home?: string;
  follow?: boolean;
  all?: boolean;
}

/** Bytes of `path` from `offset` on ('' when there is no file yet). */
async function readFrom(path: string, offset: number): Promise<string> {
  const handle = await open(path, 'r').catch(() => undefined);
  if (!handle) return '';
  try {
    const { size } = await handle.stat();
    if (size <= offset) return '';
    const buffer = Buffer.alloc(size - offset);
    await handle.read(buffer, 0, buffer.length, offset);
    return buffer.toString('utf8');
  } finally {
    await handle.close();
  }
}

function selectAttempts(store: StateStore, runId: string, step: string | undefined, all: boolean): AttemptRecord[] {
  let attempts = store.getAttempts(runId);
  if (step !== undefined) {
    const names = new Map(store.getSteps(runId).map((record) => [record.id, record.stepName]));
    attempts = attempts.filter((attempt) => attempt.stepId === step || names.get(attempt.stepId) === step);
  }
  if (all) return attempts;
  const last = new Map<string, AttemptRecord>();
  for (const attempt of attempts) last.set(attempt.stepId, attempt);
  return [...last.values()];
}

/** `couler logs RUN [STEP] [-f]`: what steps printed, last attempt of each by default; with `--backend argo`, from Argo. */
export const logsCommand: CliCommand = {
  name: 'logs',
  register(program, context) {
    const command = program
      .command('logs')
      .description('print the output of a run\'s steps (stdout and stderr, as they came)')
      .argument('<run>', 'run id (or its first characters)')
      .argument('[step]', 'only this step (a name, or an instance such as train[2])')
      .option('-f, --follow', 'keep printing new output until the run ends')
      .option('--all', 'every attempt, not only the last of each step');
    addRemoteOptions(command);
    return addHomeOption(command).action(async (id: string, step: string | undefined, options: LogsOptions) => {
      const server = options.backend === undefined ? coulerServerTarget(options) : undefined;
      if (server) return printServerLogs(context, server, id, step, options);
      if (wantsRemote(options)) return printRemoteLogs(context, id, step, options);
      await withState(options.home, async (store) => {
        const run = findRun(store, id);
        if (step !== undefined) {
          const known = [...run.workflow.spec.steps, ...(run.workflow.spec.onExit ?? [])].map((candidate) => candidate.name);
          const instances = store.getSteps(run.id).map((record) => record.id);
          if (!known.includes(step) && !instances.includes(step)) {
            throw new CoulerError('UNKNOWN_STEP', `Run "${run.id}" has no step "${step}".${didYouMean(step, known)}`, { hint: `Its steps are ${known.map((name) => `"${name}"`).join(', ')}.` });
          }
        }
        // Every step of a run prints into one log; pick the lines of the chosen attempts.
        let offset = 0;
        let lastHeader = '';
        const printNew = async () => {
          const attempts = selectAttempts(store, run.id, step, options.all === true);
          const wanted = new Set(attempts.map((attempt) => `${attempt.stepId} ${attempt.attempt}`));
          const several = new Set(attempts.map((attempt) => attempt.stepId)).size > 1 || options.all === true;
          const path = attempts[0]?.logPath;
          if (path === undefined) return 0;
          const text = await readFrom(path, offset);
          const complete = text.slice(0, text.lastIndexOf('\n') + 1);
          offset += Buffer.byteLength(complete);
          for (const line of parseRunLog(complete)) {
            if (!wanted.has(`${line.stepId} ${line.attempt}`)) continue;
            const header = `==> ${line.stepId} (attempt ${line.attempt}) <==`;
            if (several && header !== lastHeader) context.stdout.write(`${lastHeader ? '\n' : ''}${header}\n`);
            lastHeader = header;
            context.stdout.write(`${line.text}\n`);
          }
          return attempts.length;
        };
        const printed = await printNew();
        if (!options.follow) {
          if (printed === 0) context.stderr.write(`No output recorded for ${step === undefined ? `run ${run.id}` : `"${step}" in run ${run.id}`} yet.\n`);
          return;
        }
        for (;;) {
          const phase = store.getRun(run.id)?.phase;
          if (phase !== 'Running' && phase !== 'Pending') break;
          await new Promise((resolve) => setTimeout(resolve, 200));
          await printNew();
        }
        await printNew();
      });
    });
  },
};
