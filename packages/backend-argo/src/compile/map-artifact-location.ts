import { type ArtifactKey, type ArtifactLocation, renderArtifactKey, type SecretKeyRef } from '@couler/ir';
import type { ArgoArtifactLocation, ArgoSecretKeySelector } from './argo-types';
import { escapeTemplateText } from './escape-template-text';
import { unsupported } from './unsupported';

function secret(ref: SecretKeyRef): ArgoSecretKeySelector {
  return { name: ref.name, key: ref.key, ...(ref.optional !== undefined && { optional: ref.optional }) };
}

/** A key with the run's id as Argo's `{{workflow.uid}}`: each run of the workflow writes its own objects. */
function key(value: ArtifactKey): string {
  return renderArtifactKey(value, { literal: escapeTemplateText, runId: '{{workflow.uid}}' });
}

/**
 * Table II locations → Argo artifact locations. S3 covers any S3-compatible store (MinIO, OSS's
 * S3 endpoint, …) through `endpoint`; `oss` is Argo's native Alibaba OSS driver.
 */
export function mapArtifactLocation(location: ArtifactLocation, at: { path: ReadonlyArray<string | number>; stepName: string }): ArgoArtifactLocation {
  const text = (value: string) => escapeTemplateText(value);
  switch (location.type) {
    case 's3':
      return {
        s3: {
          ...(location.endpoint !== undefined && { endpoint: text(location.endpoint) }),
          bucket: text(location.bucket),
          ...(location.region !== undefined && { region: text(location.region) }),
          ...(location.insecure !== undefined && { insecure: location.insecure }),
          key: key(location.key),
          ...(location.accessKey && { accessKeySecret: secret(location.accessKey) }),
          ...(location.secretKey && { secretKeySecret: secret(location.secretKey) }),
        },
      };
    case 'oss':
      return {
        oss: {
          endpoint: text(location.endpoint),
          bucket: text(location.bucket),
          key: key(location.key),
          ...(location.accessKey && { accessKeySecret: secret(location.accessKey) }),
          ...(location.secretKey && { secretKeySecret: secret(location.secretKey) }),
        },
      };
    case 'gcs':
      return {
        gcs: {
          bucket: text(location.bucket),
          key: key(location.key),
          ...(location.serviceAccountKey && { serviceAccountKeySecret: secret(location.serviceAccountKey) }),
        },
      };
    case 'azure':
      // Argo's AzureArtifact requires the endpoint: it names the storage account.
      if (location.endpoint === undefined) {
        throw unsupported('artifact.azure', 'an Azure location without an endpoint', {
          ...at,
          hint: 'Give the location its blob service URL, such as endpoint: "https://myaccount.blob.core.windows.net".',
        });
      }
      return {
        azure: {
          endpoint: text(location.endpoint),
          container: text(location.container),
          blob: key(location.blob),
          ...(location.accountKey && { accountKeySecret: secret(location.accountKey) }),
          ...(location.useSDKCreds !== undefined && { useSDKCreds: location.useSDKCreds }),
        },
      };
    case 'artifactory':
      return {
        artifactory: {
          url: key(location.url),
          ...(location.username && { usernameSecret: secret(location.username) }),
          ...(location.password && { passwordSecret: secret(location.password) }),
        },
      };
    case 'hdfs':
      return {
        hdfs: {
          addresses: location.addresses.map(text),
          path: text(location.path),
          ...(location.user !== undefined && { hdfsUser: text(location.user) }),
        },
      };
    case 'git':
      return {
        git: {
          repo: text(location.repo),
          ...(location.revision !== undefined && { revision: text(location.revision) }),
          ...(location.depth !== undefined && { depth: location.depth }),
          ...(location.username && { usernameSecret: secret(location.username) }),
          ...(location.password && { passwordSecret: secret(location.password) }),
          ...(location.sshPrivateKey && { sshPrivateKeySecret: secret(location.sshPrivateKey) }),
        },
      };
    case 'plugin':
      return {
        plugin: {
          name: location.name,
          configuration: text(location.configuration),
          key: key(location.key),
          ...(location.connectionTimeoutSeconds !== undefined && { connectionTimeoutSeconds: location.connectionTimeoutSeconds }),
        },
      };
    case 'http':
      return {
        http: {
          url: text(location.url),
          ...(location.headers?.length && { headers: location.headers.map((header) => ({ name: header.name, value: text(header.value) })) }),
        },
      };
  }
}
