import type { ArtifactLocation } from '../schema/artifact';
import type { SecretKeyRef } from '../schema/common';
import type { Dataset } from '../schema/dataset';
import type { EnvVar } from '../schema/step';

/** Where the sync step mounts the dataset's claim, read-write. */
export const DATASET_CACHE_MOUNT = '/couler/dataset';
/** The claim's directory (or file) holding the synced data; readers mount this sub-path. */
export const DATASET_DATA_DIR = 'data';
/** The claim's file holding the version of the source the data was synced from. */
export const DATASET_VERSION_FILE = '.couler-version';

/** Images of the sync step, one per kind of source: each ships the tool that reads that store. */
export const DATASET_SYNC_IMAGES = {
  s3: 'amazon/aws-cli:2.22.35',
  gcs: 'gcr.io/google.com/cloudsdktool/google-cloud-cli:502.0.0-slim',
  azure: 'mcr.microsoft.com/azure-cli:2.67.0',
  http: 'curlimages/curl:8.11.1',
} as const;

/** What the sync step runs for one source: its image, its environment, and the shell that reads `version` and `fetch`. */
export interface DatasetSyncCommand {
  readonly image: string;
  readonly env: EnvVar[];
  /** POSIX shell defining `version` (prints the source's version) and `fetch TARGET` (copies it to TARGET). */
  readonly functions: string;
}

const secretEnv = (name: string, ref: SecretKeyRef | undefined): EnvVar[] => (ref ? [{ name, secretKeyRef: { ...ref } }] : []);

/**
 * The per-source part of the sync step. Every value of the user's (bucket, key, URL, header)
 * reaches the script through an environment variable: the script text is the same for every
 * dataset, so no name or key is ever parsed as shell. Returns undefined for a source no
 * Kubernetes image here can read (HDFS: its RPC needs a Hadoop client).
 */
export function datasetSyncCommand(dataset: Dataset): DatasetSyncCommand | undefined {
  const source: ArtifactLocation = dataset.source;
  const named: EnvVar[] = [{ name: 'COULER_DATASET', value: dataset.name }];
  switch (source.type) {
    case 's3':
    case 'oss': {
      // OSS is read through its S3-compatible API (as Argo reads it); its endpoint is always set.
      const endpoint = source.endpoint === undefined ? undefined : /^[a-z][a-z0-9+.-]*:\/\//i.test(source.endpoint) ? source.endpoint : `${source.type === 's3' && source.insecure ? 'http' : 'https'}://${source.endpoint}`;
      return {
        image: DATASET_SYNC_IMAGES.s3,
        env: [
          ...named,
          { name: 'COULER_BUCKET', value: source.bucket },
          { name: 'COULER_KEY', value: source.key as string },
          ...(endpoint !== undefined ? [{ name: 'AWS_ENDPOINT_URL', value: endpoint }] : []),
          ...(source.type === 's3' && source.region !== undefined ? [{ name: 'AWS_DEFAULT_REGION', value: source.region }] : []),
          ...secretEnv('AWS_ACCESS_KEY_ID', source.accessKey),
          ...secretEnv('AWS_SECRET_ACCESS_KEY', source.secretKey),
        ],
        functions: S3_FUNCTIONS,
      };
    }
    case 'gcs':
      return {
        image: DATASET_SYNC_IMAGES.gcs,
        env: [...named, { name: 'COULER_BUCKET', value: source.bucket }, { name: 'COULER_KEY', value: source.key as string }, ...secretEnv('COULER_GCS_KEY', source.serviceAccountKey)],
        functions: GCS_FUNCTIONS,
      };
    case 'azure':
      // Argo's azure artifacts need the endpoint too; without one the account is unknown.
      if (source.endpoint === undefined) return undefined;
      return {
        image: DATASET_SYNC_IMAGES.azure,
        env: [
          ...named,
          { name: 'COULER_ENDPOINT', value: source.endpoint },
          { name: 'COULER_CONTAINER', value: source.container },
          { name: 'COULER_BLOB', value: source.blob as string },
          ...(source.useSDKCreds ? [{ name: 'COULER_USE_SDK_CREDS', value: 'true' }] : []),
          ...secretEnv('AZURE_STORAGE_KEY', source.accountKey),
        ],
        functions: AZURE_FUNCTIONS,
      };
    case 'artifactory':
      // Read as HTTP: the basic-auth header is made in the pod from the two secret keys, which reach it as env only.
      return {
        image: DATASET_SYNC_IMAGES.http,
        env: [...named, { name: 'COULER_URL', value: source.url as string }, { name: 'COULER_HEADER_COUNT', value: '0' }, ...secretEnv('COULER_ARTIFACTORY_USER', source.username), ...secretEnv('COULER_ARTIFACTORY_PASSWORD', source.password)],
        functions: `${ARTIFACTORY_AUTH}\n${HTTP_FUNCTIONS}`,
      };
    case 'http':
      return {
        image: DATASET_SYNC_IMAGES.http,
        env: [
          ...named,
          { name: 'COULER_URL', value: source.url },
          { name: 'COULER_HEADER_COUNT', value: String(source.headers?.length ?? 0) },
          ...(source.headers ?? []).map((header, index) => ({ name: `COULER_HEADER_${index}`, value: `${header.name}: ${header.value}` })),
        ],
        functions: HTTP_FUNCTIONS,
      };
    default:
      return undefined;
  }
}

/** A single object's ETag and size; a prefix's listing (keys, ETags, sizes) hashed. */
const S3_FUNCTIONS = `version() {
  if aws s3api head-object --bucket "$COULER_BUCKET" --key "$COULER_KEY" --query '[ETag,ContentLength]' --output text 2>/dev/null; then return 0; fi
  aws s3api list-objects-v2 --bucket "$COULER_BUCKET" --prefix "$COULER_KEY/" --query 'Contents[].[Key,ETag,Size]' --output text | sha256sum
}
fetch() {
  if aws s3api head-object --bucket "$COULER_BUCKET" --key "$COULER_KEY" >/dev/null 2>&1; then
    aws s3 cp --no-progress "s3://$COULER_BUCKET/$COULER_KEY" "$1"
  else
    aws s3 sync --no-progress "s3://$COULER_BUCKET/$COULER_KEY/" "$1/"
  fi
}`;

/** A single object's generation; a prefix's long listing (sizes, times, names) hashed. */
const GCS_FUNCTIONS = `if [ -n "\${COULER_GCS_KEY:-}" ]; then
  printf '%s' "$COULER_GCS_KEY" > /tmp/couler-gcs-key.json
  gcloud auth activate-service-account --quiet --key-file=/tmp/couler-gcs-key.json
fi
version() {
  if gcloud storage objects describe "gs://$COULER_BUCKET/$COULER_KEY" --format='value(generation,size)' 2>/dev/null; then return 0; fi
  gcloud storage ls --long --recursive "gs://$COULER_BUCKET/$COULER_KEY/" | sha256sum
}
fetch() {
  if gcloud storage objects describe "gs://$COULER_BUCKET/$COULER_KEY" >/dev/null 2>&1; then
    gcloud storage cp "gs://$COULER_BUCKET/$COULER_KEY" "$1"
  else
    mkdir -p "$1" && gcloud storage rsync --recursive "gs://$COULER_BUCKET/$COULER_KEY" "$1"
  fi
}`;

/**
 * A single blob's ETag and size; a prefix's listing (names, ETags, sizes) hashed. The account is
 * the endpoint's first path segment (Azurite, \`http://host:10000/account\`) or its host's first
 * label (\`https://account.blob.core.windows.net\`). A directory is \`download-batch\`ed with the
 * blob name as a pattern whose wildcard characters are bracketed, so they match only themselves.
 */
const AZURE_FUNCTIONS = `AZURE_STORAGE_ACCOUNT="$(printf '%s' "$COULER_ENDPOINT" | sed -E 's#^[a-zA-Z][a-zA-Z0-9+.-]*://##; s#/+$##')"
case "$AZURE_STORAGE_ACCOUNT" in
  */*) AZURE_STORAGE_ACCOUNT="\${AZURE_STORAGE_ACCOUNT#*/}"; AZURE_STORAGE_ACCOUNT="\${AZURE_STORAGE_ACCOUNT%%/*}" ;;
  *) AZURE_STORAGE_ACCOUNT="\${AZURE_STORAGE_ACCOUNT%%.*}" ;;
esac
export AZURE_STORAGE_ACCOUNT
if [ "\${COULER_USE_SDK_CREDS:-}" = true ]; then
  az login --identity --allow-no-subscriptions --output none
  export AZURE_STORAGE_AUTH_MODE=login
fi
blob() { az storage blob "$@" --blob-endpoint "$COULER_ENDPOINT" --container-name "$COULER_CONTAINER" --only-show-errors; }
version() {
  if blob show --name "$COULER_BLOB" --query '[properties.etag,properties.contentLength]' --output tsv 2>/dev/null; then return 0; fi
  blob list --prefix "$COULER_BLOB/" --num-results '*' --query '[].[name,properties.etag,properties.contentLength]' --output tsv | sha256sum
}
fetch() {
  if blob show --name "$COULER_BLOB" >/dev/null 2>&1; then
    mkdir -p "$(dirname "$1")" && blob download --name "$COULER_BLOB" --file "$1" --output none
  else
    batch="$1.batch" && rm -rf "$batch" && mkdir -p "$batch"
    pattern="$(printf '%s' "$COULER_BLOB/" | sed 's/[][*?]/[&]/g')*"
    az storage blob download-batch --blob-endpoint "$COULER_ENDPOINT" --source "$COULER_CONTAINER" --destination "$batch" --pattern "$pattern" --only-show-errors --output none
    mv "$batch/$COULER_BLOB" "$1" && rm -rf "$batch"
  fi
}`;

/** The response's ETag, Last-Modified and Content-Length; none of them means "copy every time". */
const HTTP_FUNCTIONS = `version() {
  i=0; set --
  while [ "$i" -lt "$COULER_HEADER_COUNT" ]; do eval "set -- \\"\\$@\\" -H \\"\\$COULER_HEADER_$i\\""; i=$((i + 1)); done
  curl -fsSIL "$@" -- "$COULER_URL" | tr -d '\\r' | grep -i -E '^(etag|last-modified|content-length):' | sort || true
}
fetch() {
  target="$1"; i=0; set --
  while [ "$i" -lt "$COULER_HEADER_COUNT" ]; do eval "set -- \\"\\$@\\" -H \\"\\$COULER_HEADER_$i\\""; i=$((i + 1)); done
  curl -fsSL "$@" -o "$target" -- "$COULER_URL"
}`;

/** HTTP basic auth for an Artifactory source with credentials: one header, as an HTTP source's are given. */
const ARTIFACTORY_AUTH = `if [ -n "\${COULER_ARTIFACTORY_USER:-}" ]; then
  COULER_HEADER_0="Authorization: Basic $(printf '%s:%s' "$COULER_ARTIFACTORY_USER" "$COULER_ARTIFACTORY_PASSWORD" | base64 | tr -d '\\n')"
  COULER_HEADER_COUNT=1
fi`;

/** The claim's directory that one sync at a time holds (see `datasetSyncScript`). */
export const DATASET_LOCK_DIR = '.couler-sync-lock';
/** Seconds a waiting sync sees the holder's heartbeat unchanged before it takes the lock over. */
export const DATASET_LOCK_STALE_SECONDS = 120;

/**
 * The whole sync script: copy only when the source's version differs from the marker, into a
 * fresh directory swapped in by rename, so that a reader never sees half a copy and a failed
 * copy leaves the last good one (and its marker) in place.
 *
 * Two runs (or two workflows) that start together share the claim, so one sync at a time holds
 * it: the others wait, then find the marker and copy nothing. The lock is a directory made by
 * `mkdir`, which is atomic on every filesystem a ReadWriteMany claim sits on (NFS too) and is in
 * every sync image (`flock` is not in all of them). Its holder writes a heartbeat every 20
 * seconds; a waiter that sees the heartbeat unchanged for DATASET_LOCK_STALE_SECONDS of its own
 * clock (so pods' clocks need not agree) takes over a lock its holder left when its pod died.
 */
export function datasetSyncScript(functions: string): string {
  return `set -eu
${functions}
cache=${DATASET_CACHE_MOUNT}
lock="$cache/${DATASET_LOCK_DIR}"
seen=""; since="$(date +%s)"
while ! mkdir "$lock" 2>/dev/null; do
  beat="$(cat "$lock/beat" 2>/dev/null || true)"
  if [ "$beat" != "$seen" ]; then
    echo "dataset $COULER_DATASET: another sync holds the lock; waiting"
    seen="$beat"; since="$(date +%s)"
  elif [ $(($(date +%s) - since)) -ge ${DATASET_LOCK_STALE_SECONDS} ]; then
    echo "dataset $COULER_DATASET: the sync holding the lock stopped; taking it over"
    stale="$cache/.stale-lock-$$-$(date +%s)"
    if mv "$lock" "$stale" 2>/dev/null; then rm -rf "$stale"; fi
    seen=""; since="$(date +%s)"
    continue
  fi
  sleep 2
done
date +%s > "$lock/beat"
(while sleep 20; do date +%s > "$lock/beat" || exit 0; done) </dev/null >/dev/null 2>&1 &
beating=$!
trap 'kill "$beating" 2>/dev/null || true; rm -rf "$lock"' EXIT
trap 'exit 143' TERM INT
current="$(version)"
if [ -n "$current" ] && [ -e "$cache/${DATASET_DATA_DIR}" ] && [ -f "$cache/${DATASET_VERSION_FILE}" ] && [ "$(cat "$cache/${DATASET_VERSION_FILE}")" = "$current" ]; then
  echo "dataset $COULER_DATASET is up to date; nothing copied"
  exit 0
fi
incoming="$cache/.incoming-$$-$(date +%s)"
previous="$cache/.previous-$$-$(date +%s)"
rm -rf "$incoming" && mkdir -p "$incoming"
echo "dataset $COULER_DATASET changed; copying"
fetch "$incoming/${DATASET_DATA_DIR}"
rm -f "$cache/${DATASET_VERSION_FILE}"
if [ -e "$cache/${DATASET_DATA_DIR}" ]; then mv "$cache/${DATASET_DATA_DIR}" "$previous"; fi
mv "$incoming/${DATASET_DATA_DIR}" "$cache/${DATASET_DATA_DIR}"
printf '%s' "$current" > "$cache/${DATASET_VERSION_FILE}"
rm -rf "$previous" "$incoming"
`;
}
