/** The `token` option, read: a bearer token, or a user name and password. */
export type AirflowCredentials = { readonly kind: 'bearer'; readonly token: string } | { readonly kind: 'password'; readonly username: string; readonly password: string };

/** `user:password` (the first colon separates them), `Bearer <token>`, or any other text as a bearer token. */
export function readCredentials(token: string | undefined): AirflowCredentials | undefined {
  if (token === undefined || token === '') return undefined;
  const separator = token.indexOf(':');
  if (separator < 0 || /^bearer /i.test(token)) return { kind: 'bearer', token: token.replace(/^bearer /i, '') };
  return { kind: 'password', username: token.slice(0, separator), password: token.slice(separator + 1) };
}

/** HTTP basic auth, as Airflow 2's basic-auth API backend takes it. */
export const basicAuthorization = (username: string, password: string) => `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
