import { resolvePodSpec, type EnvVar, type SecretKeyRef, type Step, type Volume, type Workflow } from '@couler/ir';
import { volumeExpression } from './pod-spec-keywords';
import { escapeJinjaText } from '../python/jinja-text';
import { pythonLiteral, pythonString } from '../python/python-literal';
import { call, code, dict, list, type PythonExpression } from '../python/python-expression';

/** A literal for a templated field: Airflow renders it, so Jinja tags are escaped. */
export const templated = (text: string): PythonExpression => code(pythonString(escapeJinjaText(text)));
/** A literal for a field Airflow does not render. */
export const plain = (value: unknown): PythonExpression => code(pythonLiteral(value));
export const seconds = (value: number): PythonExpression => call('datetime.timedelta', [], [['seconds', plain(value)]]);

const GPU = 'nvidia.com/gpu';

function resourceList(list: NonNullable<NonNullable<Step['resources']>['limits']>, gpuName: string): PythonExpression | undefined {
  const entries: Array<readonly [PythonExpression, PythonExpression]> = [];
  if (list.cpu !== undefined) entries.push([plain('cpu'), templated(list.cpu)]);
  if (list.memory !== undefined) entries.push([plain('memory'), templated(list.memory)]);
  if (list.ephemeralStorage !== undefined) entries.push([plain('ephemeral-storage'), templated(list.ephemeralStorage)]);
  if (list.gpu !== undefined && list.gpu > 0) entries.push([plain(gpuName), templated(String(list.gpu))]);
  return entries.length === 0 ? undefined : dict(entries);
}

/** `container_resources`: requests and limits, GPUs under their extended resource name. */
export function containerResources(step: Step): PythonExpression | undefined {
  const { resources } = step;
  if (resources === undefined) return undefined;
  const gpuName = resources.gpuResourceName ?? GPU;
  const requests = resources.requests && resourceList(resources.requests, gpuName);
  const limits = resources.limits && resourceList(resources.limits, gpuName);
  if (requests === undefined && limits === undefined) return undefined;
  return call('k8s.V1ResourceRequirements', [], [['requests', requests], ['limits', limits]]);
}

/** A variable `name` holding a Secret's key, for a container Airflow does not render (the sidecar, init containers). */
export const secretEnv = (name: string, reference: SecretKeyRef): PythonExpression =>
  call('k8s.V1EnvVar', [], [
    ['name', plain(name)],
    ['value_from', call('k8s.V1EnvVarSource', [], [['secret_key_ref', call('k8s.V1SecretKeySelector', [], [['name', plain(reference.name)], ['key', plain(reference.key)]])]])],
  ]);

/** A secret or ConfigMap key as a `k8s.V1EnvVar`; values are written by the caller. */
export function referencedEnvVar(variable: EnvVar): PythonExpression | undefined {
  const reference = variable.secretKeyRef ?? variable.configMapKeyRef;
  if (reference === undefined) return undefined;
  const selector = call(variable.secretKeyRef ? 'k8s.V1SecretKeySelector' : 'k8s.V1ConfigMapKeySelector', [], [
    ['name', plain(reference.name)],
    ['key', plain(reference.key)],
    ['optional', reference.optional === undefined ? undefined : plain(reference.optional)],
  ]);
  return call('k8s.V1EnvVar', [], [
    ['name', templated(variable.name)],
    ['value_from', call('k8s.V1EnvVarSource', [], [[variable.secretKeyRef ? 'secret_key_ref' : 'config_map_key_ref', selector]])],
  ]);
}

export function envFrom(step: Step): PythonExpression | undefined {
  if (!step.envFrom?.length) return undefined;
  return list(
    step.envFrom.map((source) =>
      call('k8s.V1EnvFromSource', [], [
        ['secret_ref', source.secretRef && call('k8s.V1SecretEnvSource', [], [['name', plain(source.secretRef.name)]])],
        ['config_map_ref', source.configMapRef && call('k8s.V1ConfigMapEnvSource', [], [['name', templated(source.configMapRef.name)]])],
        ['prefix', source.prefix === undefined ? undefined : plain(source.prefix)],
      ]),
    ),
  );
}

export function nodeSelector(workflow: Workflow, step: Step): PythonExpression | undefined {
  const merged = { ...workflow.spec.nodeSelector, ...step.nodeSelector };
  const keys = Object.keys(merged).sort();
  return keys.length === 0 ? undefined : dict(keys.map((key) => [plain(key), templated(merged[key]!)] as const));
}

export function tolerations(workflow: Workflow, step: Step): PythonExpression | undefined {
  const all = [...(workflow.spec.tolerations ?? []), ...(step.tolerations ?? [])];
  if (all.length === 0) return undefined;
  return list(
    all.map((toleration) =>
      call('k8s.V1Toleration', [], [
        ['key', toleration.key === undefined ? undefined : plain(toleration.key)],
        ['operator', toleration.operator === undefined ? undefined : plain(toleration.operator)],
        ['value', toleration.value === undefined ? undefined : plain(toleration.value)],
        ['effect', toleration.effect === undefined ? undefined : plain(toleration.effect)],
        ['toleration_seconds', toleration.tolerationSeconds === undefined ? undefined : plain(toleration.tolerationSeconds)],
      ]),
    ),
  );
}

/** The volumes of a step's pod: the step's own, and the workflow's its containers mount (the step's, its init containers' and sidecars'). */
function podVolumesOf(workflow: Workflow, step: Step): Volume[] {
  const pod = resolvePodSpec(workflow.spec.pod, step.pod);
  const mounted = [...(step.volumeMounts ?? []), ...[...(pod?.initContainers ?? []), ...(pod?.sidecars ?? [])].flatMap((container) => container.volumeMounts ?? [])].map((mount) => mount.name);
  const own = step.volumes ?? [];
  const fromWorkflow = [...new Set(mounted)].filter((name) => !own.some((volume) => volume.name === name)).map((name) => workflow.spec.volumes?.find((volume) => volume.name === name));
  return [...own, ...fromWorkflow.filter((volume) => volume !== undefined)];
}

/** A volume with only the sources (and fields) the client-object form below writes. */
function hasClassicSource(volume: Volume): boolean {
  return volume.persistentVolumeClaim !== undefined || volume.emptyDir !== undefined || (volume.configMap !== undefined && Object.keys(volume.configMap).length === 1) || (volume.secret !== undefined && Object.keys(volume.secret).length === 1);
}

/** `volumes` and `volume_mounts` for the volumes a step's pod has, and those that move its data (the shared one, mounted by `base` too). */
export function volumes(workflow: Workflow, step: Step, shared?: { volumes: ReadonlyArray<PythonExpression>; mount: PythonExpression }): { volumes?: PythonExpression; mounts?: PythonExpression } {
  const declared = podVolumesOf(workflow, step);
  if (declared.length === 0 && !step.volumeMounts?.length) return shared === undefined ? {} : { volumes: list([...shared.volumes]), mounts: list([shared.mount]) };
  return {
    volumes: list(
      declared.map((volume) =>
        !hasClassicSource(volume)
          ? volumeExpression(volume)
          : call('k8s.V1Volume', [], [
          ['name', templated(volume.name)],
          [
            'persistent_volume_claim',
            volume.persistentVolumeClaim &&
              call('k8s.V1PersistentVolumeClaimVolumeSource', [], [
                ['claim_name', templated(volume.persistentVolumeClaim.claimName)],
                ['read_only', volume.persistentVolumeClaim.readOnly === undefined ? undefined : plain(volume.persistentVolumeClaim.readOnly)],
              ]),
          ],
          [
            'empty_dir',
            volume.emptyDir &&
              call('k8s.V1EmptyDirVolumeSource', [], [
                ['medium', volume.emptyDir.medium === undefined ? undefined : plain(volume.emptyDir.medium)],
                ['size_limit', volume.emptyDir.sizeLimit === undefined ? undefined : plain(volume.emptyDir.sizeLimit)],
              ]),
          ],
          ['config_map', volume.configMap && call('k8s.V1ConfigMapVolumeSource', [], [['name', templated(volume.configMap.name)]])],
          ['secret', volume.secret && call('k8s.V1SecretVolumeSource', [], [['secret_name', plain(volume.secret.secretName)]])],
        ]),
      ).concat(shared === undefined ? [] : shared.volumes),
    ),
    mounts: list(
      (step.volumeMounts ?? []).map((mount) =>
        call('k8s.V1VolumeMount', [], [
          ['name', templated(mount.name)],
          ['mount_path', plain(mount.mountPath)],
          ['read_only', mount.readOnly === undefined ? undefined : plain(mount.readOnly)],
          ['sub_path', mount.subPath === undefined ? undefined : templated(mount.subPath)],
        ]),
      ).concat(shared === undefined ? [] : [shared.mount]),
    ),
  };
}

/** Labels and annotations: templated dicts (values rendered, keys not). */
export function stringMap(map: Readonly<Record<string, string>> | undefined): PythonExpression | undefined {
  if (map === undefined || Object.keys(map).length === 0) return undefined;
  return dict(Object.keys(map).sort().map((key) => [plain(key), templated(map[key]!)] as const));
}
