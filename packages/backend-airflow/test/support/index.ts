/**
 * @couler/backend-airflow/test — a fake Airflow for tests of code that triggers and watches DAG
 * runs (a service's, a third party's): a loopback HTTP server speaking Airflow 2's or 3's stable
 * REST API, with the DAGs and task instances the test gives it.
 *
 *   const fake = await startFakeAirflow({ version: 3, dags: { train: { taskInstances: [] } } });
 *   await airflow.doSubmit!(compiled, { server: fake.url, token: CREDENTIALS });
 */
export { startFakeAirflow, CREDENTIALS, BEARER, type FakeAirflow, type FakeAirflowOptions, type FakeTaskInstance } from './fake-airflow';
