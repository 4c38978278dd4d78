import { CoulerError, didYouMean, type BackendV1, type BackendV1LogLine, type BackendV1RequestOptions, type BackendV1RunHandle, type BackendV1SubmitOptions } from '@couler/ir';
import { createArgoServerClient, type ArgoServerClient, type ArgoServerClientOptions } from './argo-server-client';
import { podsOfSteps, splitTimestamp } from './argo-log-lines';
import { toRunStatus } from './argo-run-status';
import { indexArgoSteps } from './argo-step-index';
import { prepareArgoSubmission } from './prepare-argo-submission';

/**
 * How the argo backend reaches an Argo Server. `server`, `namespace` and `token` are defaults
 * that each call's options override; unset, they come from `ARGO_SERVER`, `ARGO_NAMESPACE` and
 * `ARGO_TOKEN`.
 */
export type ArgoServerSettings = ArgoServerClientOptions;

/** `doSubmit` options: the contract's, plus Argo's server-side dry run. */
export interface ArgoSubmitOptions extends BackendV1SubmitOptions {
  /** Let the server and Kubernetes check the workflow without creating it. */
  readonly serverDryRun?: boolean;
}

type ServerMethods = Required<Pick<BackendV1, 'doSubmit' | 'doStatus' | 'doLogs'>>;

/** `doSubmit`, `doStatus` and `doLogs` of the argo backend, over the Argo Server's REST API. */
export function createArgoServerMethods(settings: ArgoServerSettings = {}): ServerMethods {
  const clientFor = (options: BackendV1RequestOptions, run?: BackendV1RunHandle): ArgoServerClient =>
    createArgoServerClient({
      ...settings,
      ...(options.server !== undefined && { server: options.server }),
      ...((run?.namespace ?? options.namespace) !== undefined && { namespace: run?.namespace ?? options.namespace }),
      ...(options.token !== undefined && { token: options.token }),
    });

  return {
    async doSubmit(compiled, options: ArgoSubmitOptions) {
      const client = clientFor(options);
      const document = prepareArgoSubmission(compiled, options.parameters, client.connection.namespace);
      const created = await client.create(document, { ...(options.serverDryRun && { serverDryRun: true }), ...(options.abortSignal && { abortSignal: options.abortSignal }) });
      const name = created.metadata?.name ?? document.metadata.name ?? document.metadata.generateName ?? '';
      return {
        backendId: 'argo',
        runId: name,
        ...(document.kind !== 'ClusterWorkflowTemplate' && { namespace: client.connection.namespace }),
        url: client.uiUrl(document.kind, name),
      };
    },

    async doStatus(run, options) {
      const client = clientFor(options, run);
      const workflow = await client.getWorkflow(run.runId, { ...(options.abortSignal && { abortSignal: options.abortSignal }) });
      return toRunStatus(workflow, { backendId: 'argo', runId: run.runId, namespace: client.connection.namespace, url: client.uiUrl('Workflow', run.runId) });
    },

    async *doLogs(run, options): AsyncGenerator<BackendV1LogLine> {
      const client = clientFor(options, run);
      const abort = options.abortSignal ? { abortSignal: options.abortSignal } : {};
      let workflow = await client.getWorkflow(run.runId, abort);
      let pods = podsOfSteps(workflow);
      const wanted = options.stepName;
      if (wanted !== undefined) {
        const { stepNames, nodes } = indexArgoSteps(workflow);
        if (!stepNames.includes(wanted) && !nodes.some((node) => node.instance === wanted)) {
          throw new CoulerError('UNKNOWN_STEP', `Workflow "${run.runId}" has no step "${wanted}".${didYouMean(wanted, stepNames)}`, {
            hint: stepNames.length > 0 ? `Its steps are ${stepNames.map((name) => `"${name}"`).join(', ')}.` : 'It has no steps Couler knows of.',
          });
        }
      }
      const looked = new Set<string>();
      for await (const entry of client.workflowLogs(run.runId, { follow: options.follow === true, timestamps: true, ...abort })) {
        let step = pods.get(entry.podName);
        if (step === undefined && !looked.has(entry.podName)) {
          // A pod that started after the first look: read the workflow again, once per pod.
          looked.add(entry.podName);
          workflow = await client.getWorkflow(run.runId, abort);
          pods = podsOfSteps(workflow);
          step = pods.get(entry.podName);
        }
        if (wanted !== undefined && step?.stepName !== wanted && step?.instance !== wanted) continue;
        const { time, text } = splitTimestamp(entry.content);
        yield { stepName: step?.instance ?? entry.podName, ...(time !== undefined && { time }), text };
      }
    },
  };
}
