/** The databases Couler's SQL front talks to. MariaDB is `mysql`: one protocol, one quoting. */
export type SqlDialect = 'sqlite' | 'postgresql' | 'mysql';

export const SQL_DIALECTS: ReadonlyArray<SqlDialect> = ['sqlite', 'postgresql', 'mysql'];

/** node-sql-parser's name for each dialect. */
export const SQL_PARSER_DATABASE: Readonly<Record<SqlDialect, string>> = {
  sqlite: 'sqlite',
  postgresql: 'postgresql',
  mysql: 'mariadb',
};
