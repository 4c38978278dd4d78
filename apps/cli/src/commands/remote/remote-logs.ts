import { CoulerError } from '@couler/ir';
import type { CliContext } from '../../cli-context';
import { remoteContext, type RemoteOptions } from './remote-options';

/** `couler logs RUN [STEP] [-f] --backend argo`: the lines of the run's pods, with a header per step when there are several. */
export async function printRemoteLogs(context: CliContext, runId: string, step: string | undefined, options: RemoteOptions & { follow?: boolean }): Promise<void> {
  const { backend, backendId, request } = await remoteContext(options, context.cwd);
  if (!backend.doLogs) {
    throw new CoulerError('UNSUPPORTED_BY_BACKEND', `The ${backendId} backend cannot read the logs of a run.`, {
      hint: "Read them with the engine's own tools; `couler status` shows each step.",
    });
  }
  const controller = new AbortController();
  const onSignal = () => controller.abort(new Error('interrupted'));
  process.on('SIGINT', onSignal);
  let lastHeader = '';
  let printed = 0;
  try {
    const lines = backend.doLogs(
      { backendId, runId, ...(options.namespace !== undefined && { namespace: options.namespace }) },
      { ...request, ...(step !== undefined && { stepName: step }), follow: options.follow === true, abortSignal: controller.signal },
    );
    for await (const line of lines) {
      const header = `==> ${line.stepName} <==`;
      if (step === undefined && header !== lastHeader) context.stdout.write(`${lastHeader ? '\n' : ''}${header}\n`);
      lastHeader = header;
      context.stdout.write(`${line.text}\n`);
      printed++;
    }
  } catch (error) {
    if (!controller.signal.aborted) throw error;
  } finally {
    process.off('SIGINT', onSignal);
  }
  if (printed === 0 && !options.follow) context.stderr.write(`No output from ${step === undefined ? runId : `"${step}" in ${runId}`} yet.\n`);
}
