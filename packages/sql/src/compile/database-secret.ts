/**
 * The database URL reaches steps through a Secret, never as an argument: a password stays out
 * of the IR, the generated files and the process list. On Kubernetes, create it with
 * `kubectl create secret generic couler-sql-database --from-literal=COULER_SQL_DATABASE_URL=…`;
 * the local engine reads `COULER_SECRET_COULER_SQL_DATABASE_COULER_SQL_DATABASE_URL`.
 */
export const DATABASE_SECRET_NAME = 'couler-sql-database';
export const DATABASE_URL_VARIABLE = 'COULER_SQL_DATABASE_URL';
