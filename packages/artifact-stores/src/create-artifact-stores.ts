import type { RemoteArtifactStores } from '@couler/backend-local';
import { hdfsPath, webHdfsAddress, type ArtifactKey, type ArtifactLocation } from '@couler/ir';
import { azureClient } from './azure/azure-client';
import type { AzureStoreSettings } from './azure/azure-client-config';
import { AzureObjectStore } from './azure/azure-object-store';
import { GcsObjectStore } from './gcs/gcs-object-store';
import { objectArtifactStore, type OpenedLocation } from './object-artifact-store';
import { S3ObjectStore } from './s3/s3-object-store';
import { s3ClientConfig, type S3StoreSettings } from './s3/s3-client-config';
import { StoreFailure } from './store-failure';
import { StoreSecrets, type SecretValues } from './store-secrets';
import { webHdfsStore } from './webhdfs/webhdfs-object-store';

/** Project-wide settings of the stores (`couler.config` → `artifactStores`); locations override them. */
export interface ArtifactStoreSettings {
  readonly s3?: S3StoreSettings;
  readonly gcs?: GcsStoreSettings;
  readonly azure?: AzureStoreSettings;
}

/** Settings for every GCS location (the IR's `gcs` location names only a bucket and key). */
export interface GcsStoreSettings {
  /** The JSON API's endpoint, for an emulator (default: Google's; `STORAGE_EMULATOR_HOST` also works). */
  readonly apiEndpoint?: string;
  /** The project, when the credentials do not name one. */
  readonly projectId?: string;
}

export interface ArtifactStoreOptions {
  /** Values of the workflow's secrets (`--secret`, `--secret-file`); else `COULER_SECRET_…` variables. */
  readonly secrets?: SecretValues;
  readonly settings?: ArtifactStoreSettings;
  /** Where `COULER_SECRET_…` variables are read. Default `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** The object's key; the engine writes the run's id into a key before a store sees it. */
function objectKey(key: ArtifactKey): string {
  if (typeof key === 'string') return key;
  throw new StoreFailure("The store was given a key that still names the run's id; the engine resolves it before a transfer.", 'permanent');
}

function openS3(secrets: StoreSecrets, settings: S3StoreSettings | undefined) {
  // One client per endpoint, region and key: a run reuses connections across artifacts.
  const clients = new Map<string, Promise<import('@aws-sdk/client-s3').S3Client>>();
  return async (location: ArtifactLocation): Promise<OpenedLocation> => {
    if (location.type !== 's3' && location.type !== 'oss') throw new StoreFailure(`The S3 store was given a ${location.type} location.`, 'permanent');
    const config = s3ClientConfig(location, secrets, settings);
    const id = JSON.stringify([config.endpoint, config.region, config.forcePathStyle, config.credentials]);
    let client = clients.get(id);
    if (!client) {
      client = import('@aws-sdk/client-s3').then(({ S3Client }) => new S3Client(config));
      clients.set(id, client);
    }
    return { store: new S3ObjectStore(await client, location.bucket, location.type), key: objectKey(location.key) };
  };
}

function openGcs(secrets: StoreSecrets, settings: GcsStoreSettings | undefined) {
  const clients = new Map<string, Promise<import('@google-cloud/storage').Storage>>();
  return async (location: ArtifactLocation): Promise<OpenedLocation> => {
    if (location.type !== 'gcs') throw new StoreFailure(`The GCS store was given a ${location.type} location.`, 'permanent');
    // A service-account key from the run's secrets; without one, application default credentials.
    const key = location.serviceAccountKey && secrets.read(location.serviceAccountKey, `The gcs location ${location.bucket}/${objectKey(location.key)}'s serviceAccountKey`);
    let credentials: Record<string, unknown> | undefined;
    try {
      credentials = key ? (JSON.parse(key) as Record<string, unknown>) : undefined;
    } catch {
      throw new StoreFailure(`The service-account key of secret "${location.serviceAccountKey?.name}" is not JSON; give the key file's content.`, 'permanent');
    }
    const id = key ?? '';
    let client = clients.get(id);
    if (!client) {
      client = import('@google-cloud/storage').then(
        ({ Storage }) =>
          new Storage({
            ...(settings?.apiEndpoint && { apiEndpoint: settings.apiEndpoint }),
            ...(settings?.projectId && { projectId: settings.projectId }),
            ...(credentials && { credentials }),
            // One request's retries; the engine's retry table retries the step.
            retryOptions: { maxRetries: 2 },
          }),
      );
      clients.set(id, client);
    }
    return { store: new GcsObjectStore((await client).bucket(location.bucket)), key: objectKey(location.key) };
  };
}

function openAzure(secrets: StoreSecrets, settings: AzureStoreSettings | undefined, env: Readonly<Record<string, string | undefined>>) {
  const clients = new Map<string, Promise<import('@azure/storage-blob').BlobServiceClient>>();
  return async (location: ArtifactLocation): Promise<OpenedLocation> => {
    if (location.type !== 'azure') throw new StoreFailure(`The Azure store was given a ${location.type} location.`, 'permanent');
    const { id, client } = azureClient(location, secrets, settings, env);
    let opened = clients.get(id);
    if (!opened) {
      opened = client();
      clients.set(id, opened);
    }
    return { store: new AzureObjectStore((await opened).getContainerClient(location.container)), key: objectKey(location.blob) };
  };
}

async function openHdfs(location: ArtifactLocation, direction: 'input' | 'output'): Promise<OpenedLocation> {
  if (location.type !== 'hdfs') throw new StoreFailure(`The HDFS store was given a ${location.type} location.`, 'permanent');
  const namenodes = location.addresses.map(webHdfsAddress);
  const path = hdfsPath(location, direction);
  const refused = [...namenodes, path].find((each) => typeof each !== 'string');
  if (refused) throw new StoreFailure(`The HDFS location cannot be used: ${refused.refused}.`, 'permanent');
  return { store: webHdfsStore(namenodes as string[], location.user), key: path as string };
}

/**
 * The remote stores `couler run` gives the local engine: S3 and OSS (through the S3 API), GCS,
 * Azure Blob Storage and HDFS (WebHDFS). Each SDK is imported when a workflow first uses its store, so a run without
 * remote artifacts loads none of them.
 */
export function createArtifactStores(options: ArtifactStoreOptions = {}): RemoteArtifactStores {
  const secrets = new StoreSecrets(options.secrets, options.env);
  const s3 = openS3(secrets, options.settings?.s3);
  return {
    s3: objectArtifactStore('s3', s3),
    oss: objectArtifactStore('oss', s3),
    gcs: objectArtifactStore('gcs', openGcs(secrets, options.settings?.gcs)),
    azure: objectArtifactStore('azure', openAzure(secrets, options.settings?.azure, options.env ?? process.env)),
    hdfs: objectArtifactStore('hdfs', openHdfs),
  };
}
