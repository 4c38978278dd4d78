import {
  assertCompilable,
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
import { assertValidAirflowDag } from './validate/check-airflow-dag';

/**
 * A Couler backend for Apache Airflow: `doCompile` writes `<workflow>.py`, one DAG file for
 * Airflow 3 (default) or 2.7+; `doSubmit` triggers a run of that DAG over Airflow's stable REST
 * API (the file must already be in the DAG folder: Airflow reads DAGs from there, nothing is
 * uploaded), and `doStatus` / `doLogs` read the run's task instances and their logs.
 *
 * @throws CoulerError a structural error for a value that is not a workflow, the validation
 *   errors of an invalid one, `UNSUPPORTED_BY_BACKEND` for what Airflow cannot express,
 *   `INVALID_FIELD` for a bad setting, and with `validate` the problems the checks found.
 */
export function createAirflowBackend(settings: AirflowSettings = {}): BackendV1 {
  resolveAirflowSettings(settings as Record<string, unknown>, ['settings']);
  return {
    specificationVersion: 'v1',
    backendId: 'airflow',
    capabilities: AIRFLOW_CAPABILITIES,
    async doCompile(workflow: Workflow, options: BackendV1CompileOptions): Promise<BackendV1CompileResult> {
      // Unsupported constructs are refused by the compiler, together with its deeper refusals.
      assertCompilable(workflow);
      const resolved = resolveAirflowSettings({ ...settings, ...options.settings } as Record<string, unknown>, ['settings']);
      const { source, summary, warnings } = compileToAirflow(workflow, resolved);
      if (resolved.validate) assertValidAirflowDag(source, { workflow, summary, airflowVersion: resolved.airflowVersion });
      // Validated names are DNS-1123 labels already; this keeps any name inside the output directory.
      const fileName = (toDns1123Label(workflow.metadata.name) || 'workflow').replace(/-/g, '_');
      return { files: [{ path: `${fileName}.py`, contents: source }], warnings };
    },
    doSubmit: (compiled, options) => submitToAirflow(compiled, options, settings.airflowVersion ?? 3),
    doStatus: (run, options) => airflowStatus(run, options, settings.airflowVersion ?? 3),
    doLogs: (run, options) => airflowLogs(run, options, settings.airflowVersion ?? 3),
  };
}

/** The default instance: Airflow 3 DAG files, script steps in pods, not checked. */
export const airflow: BackendV1 = createAirflowBackend();
