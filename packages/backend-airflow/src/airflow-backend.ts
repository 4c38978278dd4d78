import {
  assertCompilable,
  emitKubernetesYaml,
  expandLiteralSequences,
  toDns1123Label,
  type BackendV1,
  type BackendV1CompileOptions,
  type BackendV1CompileResult,
  type Workflow,
} from '@couler/ir';
import { resolveAirflowSettings, type AirflowSettings } from './airflow-settings';
import { compileToAirflow } from './compile/compile-to-airflow';
import { AIRFLOW_CAPABILITIES } from './compile/construct-support';
import { airflowLogs, airflowStatus, submitToAirflow } from './rest/airflow-runs';
import type { AirflowVersionCache } from './rest/detect-airflow-version';
import { assertValidAirflowDag } from './validate/check-airflow-dag';

const AUTO_COMPILE_WARNING = 'airflowVersion "auto" is decided by asking the server, which compiling does not do: this DAG file is written for Airflow 3. Set airflowVersion to 2 for an Airflow 2 file.';

/**
 * A Couler backend for Apache Airflow: `doCompile` writes `<workflow>.py`, one DAG file for
 * Airflow 3 (default) or 2.7+ (and `<workflow>.datasets.yaml`, its datasets' volume claims); `doSubmit` triggers a run of that DAG over Airflow's stable REST
 * API (the file must already be in the DAG folder: Airflow reads DAGs from there, nothing is
 * uploaded), and `doStatus` / `doLogs` read the run's task instances and their logs. Over REST
 * the server's major is asked once per server unless `airflowVersion` is 2 or 3.
 *
 * @throws CoulerError a structural error for a value that is not a workflow, the validation
 *   errors of an invalid one, `UNSUPPORTED_BY_BACKEND` for what Airflow cannot express,
 *   `INVALID_FIELD` for a bad setting, and with `validate` the problems the checks found.
 */
export function createAirflowBackend(settings: AirflowSettings = {}): BackendV1 {
  const { serverVersion } = resolveAirflowSettings(settings as Record<string, unknown>, ['settings']);
  // With `auto`, each server is asked its version once per backend instance (a watch polls status).
  const versionCache: AirflowVersionCache = new Map();
  return {
    specificationVersion: 'v1',
    backendId: 'airflow',
    capabilities: AIRFLOW_CAPABILITIES,
    async doCompile(workflow: Workflow, options: BackendV1CompileOptions): Promise<BackendV1CompileResult> {
      // Unsupported constructs are refused by the compiler, together with its deeper refusals.
      assertCompilable(workflow);
      const requested = { ...settings, ...options.settings } as Record<string, unknown>;
      const resolved = resolveAirflowSettings(requested, ['settings']);
      // A sequence of known numbers is expanded over its items, as a literal list.
      const { source, summary, warnings, claims } = compileToAirflow(expandLiteralSequences(workflow), resolved);
      if (resolved.validate) assertValidAirflowDag(source, { workflow, summary, airflowVersion: resolved.airflowVersion });
      // Validated names are DNS-1123 labels already; this keeps any name inside the output directory.
      const fileName = (toDns1123Label(workflow.metadata.name) || 'workflow').replace(/-/g, '_');
      const autoWarning = requested.airflowVersion === 'auto' ? [{ message: AUTO_COMPILE_WARNING, path: ['settings', 'airflowVersion'] }] : [];
      const files = [{ path: `${fileName}.py`, contents: source }];
      // The claims outlive every DAG run (the synced copy is what later runs reuse): applied once, beside the DAG.
      if (claims.length > 0) files.push({ path: `${fileName}.datasets.yaml`, contents: emitKubernetesYaml(claims) });
      return { files, warnings: [...warnings, ...autoWarning] };
    },
    doSubmit: (compiled, options) => submitToAirflow(compiled, options, serverVersion, versionCache),
    doStatus: (run, options) => airflowStatus(run, options, serverVersion, versionCache),
    doLogs: (run, options) => airflowLogs(run, options, serverVersion, versionCache),
  };
}

/** The default instance: Airflow 3 DAG files, script steps in pods, not checked. */
export const airflow: BackendV1 = createAirflowBackend();
