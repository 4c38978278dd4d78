import type { ArtifactLocation } from '@couler/ir';
import type { StoreSecrets } from '../store-secrets';
import { StoreFailure } from '../store-failure';

export type AzureLocation = Extract<ArtifactLocation, { type: 'azure' }>;

/** Settings for every Azure location (`couler.config` → `artifactStores.azure`); a location's own `endpoint` wins. */
export interface AzureStoreSettings {
  /** The blob service URL, e.g. `https://myaccount.blob.core.windows.net` or Azurite's `http://127.0.0.1:10000/devstoreaccount1`. */
  readonly endpoint?: string;
  /** The storage account, when the endpoint does not name it (a custom domain). */
  readonly accountName?: string;
}

/** How the store signs its requests; never written anywhere but the client. */
export type AzureCredentials =
  | { readonly kind: 'connection-string'; readonly connectionString: string }
  | { readonly kind: 'account-key'; readonly endpoint: string; readonly accountName: string; readonly accountKey: string }
  | { readonly kind: 'sdk'; readonly endpoint: string }
  | { readonly kind: 'anonymous'; readonly endpoint: string };

/**
 * The account an endpoint names: Azurite and other emulators put it in the path
 * (`http://127.0.0.1:10000/devstoreaccount1`), Azure in the host (`https://acct.blob.core.windows.net`).
 */
export function accountOfEndpoint(endpoint: string): string | undefined {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return undefined;
  }
  const [first] = url.pathname.split('/').filter(Boolean);
  if (first) return decodeURIComponent(first);
  const label = url.hostname.split('.')[0];
  return label && !/^\d+$/.test(label) && label !== 'localhost' ? label : undefined;
}

/**
 * The credentials for `location`, looked for in this order: the location's `accountKey` secret
 * (from `--secret` or `COULER_SECRET_…`); the SDK's default chain when it says `useSDKCreds`;
 * `AZURE_STORAGE_CONNECTION_STRING`; `AZURE_STORAGE_ACCOUNT` with `AZURE_STORAGE_KEY`; else
 * anonymous requests (a public container, or a SAS token in the endpoint's query).
 */
export function azureCredentials(location: AzureLocation, secrets: StoreSecrets, settings: AzureStoreSettings | undefined, env: Readonly<Record<string, string | undefined>>): AzureCredentials {
  const configured = location.endpoint ?? settings?.endpoint;
  const connectionString = env.AZURE_STORAGE_CONNECTION_STRING;
  const account = (endpoint: string | undefined) => settings?.accountName ?? (endpoint === undefined ? undefined : accountOfEndpoint(endpoint)) ?? env.AZURE_STORAGE_ACCOUNT;
  const defaultEndpoint = (name: string | undefined) => (name === undefined ? undefined : `https://${name}.blob.core.windows.net`);
  const where = `The azure location ${location.container}/${typeof location.blob === 'string' ? location.blob : '…'}`;
  if (location.accountKey) {
    const accountKey = secrets.read(location.accountKey, `${where}'s accountKey`);
    if (accountKey !== undefined) {
      const endpoint = configured ?? defaultEndpoint(settings?.accountName ?? env.AZURE_STORAGE_ACCOUNT);
      const accountName = account(endpoint);
      if (endpoint === undefined || accountName === undefined) {
        throw new StoreFailure(`${where} has an account key but no endpoint or account to use it with.`, 'permanent');
      }
      return { kind: 'account-key', endpoint, accountName, accountKey };
    }
  }
  if (location.useSDKCreds) {
    const endpoint = configured ?? defaultEndpoint(env.AZURE_STORAGE_ACCOUNT);
    if (endpoint === undefined) throw new StoreFailure(`${where} uses the SDK's credentials but names no endpoint; give it endpoint: "https://<account>.blob.core.windows.net".`, 'permanent');
    return { kind: 'sdk', endpoint };
  }
  if (connectionString) return { kind: 'connection-string', connectionString };
  const accountName = account(configured);
  if (accountName !== undefined && env.AZURE_STORAGE_KEY) {
    return { kind: 'account-key', endpoint: configured ?? `https://${accountName}.blob.core.windows.net`, accountName, accountKey: env.AZURE_STORAGE_KEY };
  }
  if (configured !== undefined) return { kind: 'anonymous', endpoint: configured };
  throw new StoreFailure(
    `${where} names no endpoint, and there is no AZURE_STORAGE_CONNECTION_STRING or AZURE_STORAGE_ACCOUNT to find the account by. ` +
      'Give the location an endpoint and an accountKey secret, set artifactStores.azure.endpoint in couler.config, or set AZURE_STORAGE_CONNECTION_STRING.',
    'permanent',
  );
}
