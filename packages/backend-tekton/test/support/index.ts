/**
 * @couler/backend-tekton/test — a loopback Kubernetes API server for tests of code that runs
 * workflows on Tekton (a service's, a third party's): real HTTP, the Kubernetes wire format for
 * Tekton's objects and pod logs, driven by the test in place of Tekton's controller.
 *
 *   const api = await new KubernetesApiServer('token').start();
 *   createTektonBackend({ kubeconfig: api.kubeconfig({ namespace: 'ml' }) });
 */
export { KubernetesApiServer, type LogLine } from './kubernetes-api-server';
export type { LooseJson } from './loose-json';
