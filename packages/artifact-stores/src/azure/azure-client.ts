import type { BlobServiceClient } from '@azure/storage-blob';
import type { StoreSecrets } from '../store-secrets';
import { StoreFailure } from '../store-failure';
import { type AzureLocation, type AzureStoreSettings, azureCredentials } from './azure-client-config';

/** One request's retries inside the SDK; the engine's retry table retries the step after that. */
const RETRY_OPTIONS = { maxTries: 3 };

/** The SDK's default chain (managed identity, environment, Azure CLI) lives in `@azure/identity`, which only `useSDKCreds` needs. */
async function defaultCredential(): Promise<unknown> {
  const identity = '@azure/identity';
  try {
    const { DefaultAzureCredential } = (await import(/* @vite-ignore */ identity)) as { DefaultAzureCredential: new () => unknown };
    return new DefaultAzureCredential();
  } catch (error) {
    throw new StoreFailure('An azure location with useSDKCreds needs the package @azure/identity beside @couler/artifact-stores; install it (npm i @azure/identity), or give the location an accountKey secret.', 'permanent', { cause: error });
  }
}

/**
 * A client for `location` and the identity of its credentials, so that a run makes one client
 * per account and key. The id (with the key in it) stays in this process's memory; it is never logged.
 */
export function azureClient(
  location: AzureLocation,
  secrets: StoreSecrets,
  settings: AzureStoreSettings | undefined,
  env: Readonly<Record<string, string | undefined>>,
): { id: string; client: () => Promise<BlobServiceClient> } {
  const credentials = azureCredentials(location, secrets, settings, env);
  const id = JSON.stringify(credentials);
  const client = async () => {
    const sdk = await import('@azure/storage-blob');
    switch (credentials.kind) {
      case 'connection-string':
        return sdk.BlobServiceClient.fromConnectionString(credentials.connectionString, { retryOptions: RETRY_OPTIONS });
      case 'account-key':
        return new sdk.BlobServiceClient(credentials.endpoint, new sdk.StorageSharedKeyCredential(credentials.accountName, credentials.accountKey), { retryOptions: RETRY_OPTIONS });
      case 'sdk':
        return new sdk.BlobServiceClient(credentials.endpoint, (await defaultCredential()) as import('@azure/storage-blob').StorageSharedKeyCredential, { retryOptions: RETRY_OPTIONS });
      case 'anonymous':
        return new sdk.BlobServiceClient(credentials.endpoint, new sdk.AnonymousCredential(), { retryOptions: RETRY_OPTIONS });
    }
  };
  return { id, client };
}
