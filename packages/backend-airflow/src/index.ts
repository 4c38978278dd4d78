/**
 * @couler/backend-airflow — compile Couler workflows (@couler/ir) to Apache Airflow DAG files
 * (Airflow 3, or 2.7+), check them, and trigger and watch runs over Airflow's REST API.
 *
 *   import { airflow, createAirflowBackend, checkAirflowDag } from '@couler/backend-airflow';
 *   const { files } = await createAirflowBackend({ airflowVersion: 2 }).doCompile(workflow, {});
 */
export { createAirflowBackend, airflow } from './airflow-backend';
export { AIRFLOW_VERSIONS } from './airflow-versions';
export { resolveAirflowSettings, type AirflowSettings, type ArtifactStoreSettings, type ResolvedAirflowSettings, type ResolvedArtifactStore } from './airflow-settings';
export { AIRFLOW_CAPABILITIES } from './compile/construct-support';
export { compileToAirflow, type AirflowCompileResult, type AirflowDagSummary } from './compile/compile-to-airflow';
export { pythonString, pythonLiteral } from './python/python-literal';
export { escapeJinjaText, JINJA_OPEN_BRACE } from './python/jinja-text';
export { checkAirflowDag, assertValidAirflowDag, type AirflowDagCheck, type AirflowDagProblem, type CheckAirflowDagOptions } from './validate/check-airflow-dag';
export type { DagStructure, DagStructureTask } from './validate/compare-dag-structure';
export { ruffRules } from './validate/ruff-check';
export { AirflowClient, type AirflowClientOptions } from './rest/airflow-client';
export { detectAirflowVersion, type AirflowServerVersion, type AirflowVersionCache } from './rest/detect-airflow-version';
export { submitToAirflow, airflowStatus, airflowLogs, type AirflowSubmitOptions } from './rest/airflow-runs';
