/**
 * The Airflow versions a command line offers for `airflowVersion`: the majors (2 means 2.7+) and
 * the Airflow 2 minors (the setting also takes any other `"3.x"` or `"2.x"` from 2.7). A module
 * of its own, also published as `@couler/backend-airflow/versions`: `couler compile` lists them
 * in its options without loading the backend for a compile to another engine.
 */
export const AIRFLOW_VERSIONS = ['2', '2.7', '2.8', '2.9', '2.10', '2.11', '3'] as const;
