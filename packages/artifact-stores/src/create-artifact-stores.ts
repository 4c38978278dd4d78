import { stat } from 'node:fs/promises';
import type { RemoteArtifactStore, RemoteArtifactStores } from '@couler/backend-local';
import { hdfsPath, webHdfsAddress, type ArtifactKey, type ArtifactLocation } from '@couler/ir';
import { ArtifactoryObjectStore } from './artifactory/artifactory-object-store';
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

/** HTTP basic auth from the location's secrets; none when it names none (an anonymous repository). */
function basicAuthorization(location: Extract<ArtifactLocation, { type: 'artifactory' }>, secrets: StoreSecrets): string | undefined {
  const url = objectKey(location.url);
  const username = location.username && secrets.read(location.username, `The artifactory location ${url}'s username`);
  const password = location.password && secrets.read(location.password, `The artifactory location ${url}'s password`);
  if (username === undefined && password === undefined) return undefined;
  // Basic auth joins the two with ":", so a user name holding one would be split in the wrong place.
  if (username?.includes(':')) throw new StoreFailure(`The user name in key "${location.username?.key}" of secret "${location.username?.name}" holds a ":", which HTTP basic auth cannot carry.`, 'permanent');
  return `Basic ${Buffer.from(`${username ?? ''}:${password ?? ''}`, 'utf8').toString('base64')}`;
}

function openArtifactory(secrets: StoreSecrets) {
  return async (location: ArtifactLocation): Promise<OpenedLocation> => {
    if (location.type !== 'artifactory') throw new StoreFailure(`The Artifactory store was given a ${location.type} location.`, 'permanent');
    return { store: new ArtifactoryObjectStore(basicAuthorization(location, secrets)), key: objectKey(location.url) };
  };
}

/**
 * Artifactory's store refuses a directory stored file by file (`archive: 'none'`): plain HTTP
 * cannot list it back, so no run could read it (Argo's artifactory driver cannot either); nor
 * can it list files for a data step.
 */
function artifactoryArtifactStore(secrets: StoreSecrets): RemoteArtifactStore {
  // Plain HTTP cannot list a folder either: no `list`, so a data step over it is refused by name.
  const { list: _unlisted, ...store } = objectArtifactStore('artifactory', openArtifactory(secrets));
  return {
    ...store,
    async put(location, source, context) {
      if (context.archive === 'none' && (await stat(source)).isDirectory()) {
        throw new StoreFailure(`Output artifact "${context.artifactName}" of step "${context.stepName}" is a directory with archive "none", which Artifactory cannot list back over HTTP; store it as one tar (drop archive: 'none') or in S3, GCS, Azure or HDFS.`, 'permanent');
      }
      return store.put?.(location, source, context);
    },
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
 * Azure Blob Storage, Artifactory (plain HTTP with basic auth) and HDFS (WebHDFS). Each SDK is imported when a workflow first uses its store, so a run without
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
    artifactory: artifactoryArtifactStore(secrets),
    hdfs: objectArtifactStore('hdfs', openHdfs),
  };
}
