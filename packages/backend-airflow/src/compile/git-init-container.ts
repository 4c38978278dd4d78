import { GIT_CREDENTIAL_ENV, GIT_SSH_KEY_FILE, gitCloneScript, type GitLocation } from '@couler/ir';
import { call, code, list, type PythonExpression } from '../python/python-expression';
import { plain, secretEnv } from './pod-fields';

/** The init container cloning input artifact `index`, which the structure check looks for. */
export const gitContainerName = (index: number) => `couler-git-${index}`;
/** Where the clone of input artifact `index` lands, relative to the shared directory. */
export const gitDirectory = (index: number) => `git/${index}`;

export interface GitInitContainer {
  readonly container: PythonExpression;
  /** The Secret volume holding the SSH key, when the location has one. */
  readonly volume?: PythonExpression;
}

/**
 * An init container of the pod that clones a Git input artifact into the shared volume with
 * gitCloneScript, before the step's container (which copies it to the artifact's path) starts:
 * the clone never runs in the step's image (which may have no `git`), and a failed clone fails
 * the pod before the step runs, as Argo's init container does. It goes in the operator's
 * `init_containers`, which Airflow does not render, so the script is written as it is. Its
 * credentials come from the location's Secrets into this container only: username and password
 * as variables, the SSH key as a file of a Secret volume (mode 0440: the script copies it to a
 * file only it may read, whatever user the image runs as).
 */
export function gitInitContainer(location: GitLocation, index: number, artifactName: string, image: string, sharedMount: PythonExpression, constant: (script: string) => string): GitInitContainer {
  const name = gitContainerName(index);
  const env: PythonExpression[] = [];
  if (location.username !== undefined) env.push(secretEnv(GIT_CREDENTIAL_ENV.username, location.username));
  if (location.password !== undefined) env.push(secretEnv(GIT_CREDENTIAL_ENV.password, location.password));
  const mounts = [sharedMount];
  let volume: PythonExpression | undefined;
  const key = location.sshPrivateKey;
  if (key !== undefined) {
    const slash = GIT_SSH_KEY_FILE.lastIndexOf('/');
    volume = call('k8s.V1Volume', [], [
      ['name', plain(`${name}-ssh`)],
      ['secret', call('k8s.V1SecretVolumeSource', [], [['secret_name', plain(key.name)], ['items', list([call('k8s.V1KeyToPath', [], [['key', plain(key.key)], ['path', plain(GIT_SSH_KEY_FILE.slice(slash + 1))]])])], ['default_mode', code('0o440')]])],
    ]);
    mounts.push(call('k8s.V1VolumeMount', [], [['name', plain(`${name}-ssh`)], ['mount_path', plain(GIT_SSH_KEY_FILE.slice(0, slash))], ['read_only', plain(true)]]));
  }
  const script = constant(gitCloneScript(location, { directory: gitDirectory(index), artifactName }));
  const container = call('k8s.V1Container', [], [
    ['name', plain(name)],
    ['image', plain(image)],
    ['command', list([plain('sh'), plain('-c'), code(script)])],
    ['env', env.length > 0 ? list(env) : undefined],
    ['volume_mounts', list(mounts)],
  ]);
  return { container, ...(volume !== undefined && { volume }) };
}
