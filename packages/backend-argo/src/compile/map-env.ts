import { downwardEnvSource, type EnvVar } from '@couler/ir';
import type { ArgoEnvVar, ArgoSecretKeySelector } from './argo-types';
import type { LeafInputs } from './leaf-inputs';

export function secretSelector(ref: { name: string; key: string; optional?: boolean | undefined }): ArgoSecretKeySelector {
  return { name: ref.name, key: ref.key, ...(ref.optional !== undefined && { optional: ref.optional }) };
}

/** IR env → a container's `env`: values rendered for the leaf (references become its inputs), secrets and ConfigMap keys as `valueFrom`. */
export function mapEnv(variables: ReadonlyArray<EnvVar> | undefined, inputs: LeafInputs): ArgoEnvVar[] | undefined {
  if (!variables?.length) return undefined;
  return variables.map((variable): ArgoEnvVar => {
    if (variable.secretKeyRef) return { name: variable.name, valueFrom: { secretKeyRef: secretSelector(variable.secretKeyRef) } };
    if (variable.configMapKeyRef) return { name: variable.name, valueFrom: { configMapKeyRef: secretSelector(variable.configMapKeyRef) } };
    const downward = downwardEnvSource(variable);
    if (downward) return { name: variable.name, valueFrom: downward };
    return { name: variable.name, value: variable.value === undefined ? '' : inputs.render(variable.value, `env.${variable.name}`) };
  });
}
