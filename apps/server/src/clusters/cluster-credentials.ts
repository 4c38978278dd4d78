/**
 * The settings of any cluster kind that are credentials: stored encrypted (a column of their
 * own), never returned by the API (which says `hasToken` …instead), never logged.
 */
export const CREDENTIAL_KEYS = ['token', 'password', 'kubeconfig'] as const;

export type CredentialKey = (typeof CREDENTIAL_KEYS)[number];

const isCredential = (key: string): key is CredentialKey => (CREDENTIAL_KEYS as readonly string[]).includes(key);

/** Settings split into what may be shown and what is secret. */
export function splitCredentials(settings: Readonly<Record<string, unknown>>): { visible: Record<string, unknown>; secret: Partial<Record<CredentialKey, string>> } {
  const visible: Record<string, unknown> = {};
  const secret: Partial<Record<CredentialKey, string>> = {};
  for (const [key, value] of Object.entries(settings)) {
    if (value === undefined || value === null) continue;
    if (isCredential(key)) secret[key] = String(value);
    else visible[key] = value;
  }
  return { visible, secret };
}

/** `hasToken`, `hasPassword`, `hasKubeconfig`: which credentials a cluster has, without them. */
export function credentialFlags(secret: Readonly<Partial<Record<CredentialKey, string>>>): Record<string, true> {
  return Object.fromEntries(CREDENTIAL_KEYS.filter((key) => secret[key] !== undefined).map((key) => [`has${key[0]!.toUpperCase()}${key.slice(1)}`, true as const]));
}
