import { CoulerError, type Step, type Workflow } from '@couler/ir';
import { argoVersionAtLeast, type ArgoVersion } from '../argo-compile-options';
import { unsupported } from './unsupported';

type Path = ReadonlyArray<string | number>;

/** A setting written as an Argo field that Argo added in `since`: an older controller ignores it. */
interface VersionedSetting {
  readonly since: ArgoVersion;
  readonly construct: string;
  /** What the setting does, for the message. */
  readonly what: string;
  /** The Argo field it becomes. */
  readonly field: string;
  /** Where a step (or the workflow's spec, for the same fields) sets it, if it does. */
  readonly at: (holder: Partial<Pick<Step, 'metrics' | 'retry' | 'displayName' | 'pendingTimeoutSeconds' | 'pod'>>) => Path | undefined;
}

/**
 * Fields of Argo's types newer than its oldest version this backend writes for, read from
 * argo-workflows' `workflow_types.go` at each release tag. Written for an older Argo, the
 * controller would drop them without a word: a gauge would be set instead of added to, a backoff
 * would grow past its cap, a pod would wait Pending for ever.
 */
const VERSIONED_SETTINGS: ReadonlyArray<VersionedSetting> = [
  {
    since: '3.5',
    construct: 'metrics',
    what: "a gauge metric's operation (Add, Sub)",
    field: 'gauge.operation',
    at: (holder) => {
      const index = holder.metrics?.findIndex((metric) => metric.gauge?.operation !== undefined) ?? -1;
      return index < 0 ? undefined : ['metrics', index, 'gauge', 'operation'];
    },
  },
  { since: '3.7', construct: 'retry.backoff', what: 'a cap on the retry backoff', field: 'retryStrategy.backoff.cap', at: (holder) => (holder.retry?.backoff?.capSeconds === undefined ? undefined : ['retry', 'backoff', 'capSeconds']) },
  { since: '3.7', construct: 'step.display-name', what: 'a display name', field: 'the template annotations that carry workflows.argoproj.io/display-name', at: (holder) => (holder.displayName === undefined ? undefined : ['displayName']) },
  { since: '4.1', construct: 'timeouts', what: 'a limit on the time Pending', field: 'pendingTimeout', at: (holder) => (holder.pendingTimeoutSeconds === undefined ? undefined : ['pendingTimeoutSeconds']) },
  { since: '4.1', construct: 'pod', what: 'pod-level resources', field: 'podResources', at: (holder) => (holder.pod?.podResources === undefined ? undefined : ['pod', 'podResources']) },
  { since: '4.1', construct: 'pod', what: 'resource claims', field: 'resourceClaims', at: (holder) => (holder.pod?.resourceClaims === undefined ? undefined : ['pod', 'resourceClaims']) },
];

/**
 * Refuses, for an Argo older than a setting's field, every step (main, exit, inside a
 * sub-workflow) and workflow default that sets it: the file would validate against Argo's
 * schema and run without the setting.
 *
 * @throws CoulerError UNSUPPORTED_BY_BACKEND, one per use (several as one error with `errors`).
 */
export function refuseSettingsNewerThan(workflow: Workflow, argoVersion: ArgoVersion): void {
  const pending = VERSIONED_SETTINGS.filter((setting) => !argoVersionAtLeast(argoVersion, setting.since));
  if (pending.length === 0) return;
  const problems: CoulerError[] = [];
  const check = (holder: Parameters<VersionedSetting['at']>[0], base: Path, stepName?: string) => {
    for (const setting of pending) {
      const at = setting.at(holder);
      if (at === undefined) continue;
      problems.push(
        unsupported(setting.construct, `${setting.what} for Argo ${argoVersion}: Argo added ${setting.field} in ${setting.since}, and an older controller drops it without a word`, {
          path: [...base, ...at],
          ...(stepName !== undefined && { stepName }),
          hint: `Compile for Argo ${setting.since} or later (argoVersion: '${setting.since}'), or leave it out.`,
        }),
      );
    }
  };
  check({ retry: workflow.spec.retry, pod: workflow.spec.pod }, []);
  for (const step of workflow.spec.steps) check(step, ['steps', step.name], step.name);
  for (const step of workflow.spec.onExit ?? []) check(step, ['onExit', step.name], step.name);
  for (const definition of workflow.spec.subWorkflows ?? []) {
    for (const step of definition.steps) check(step, ['subWorkflows', definition.name, 'steps', step.name], step.name);
  }
  if (problems.length === 1) throw problems[0]!;
  if (problems.length > 1) {
    throw new CoulerError('UNSUPPORTED_BY_BACKEND', `The argo backend cannot express ${problems.length} settings of workflow "${workflow.metadata.name}" for Argo ${argoVersion}.`, { errors: problems });
  }
}

