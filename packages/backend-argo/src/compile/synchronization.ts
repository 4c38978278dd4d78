import { checkedSemaphores, synchronizationSites, type Synchronization, type Workflow } from '@couler/ir';
import { argoVersionAtLeast, type ArgoVersion } from '../argo-compile-options';
import type { ArgoSynchronization } from './argo-types';
import { unsupported } from './unsupported';

/** The ConfigMap key holding a semaphore's limit. */
export const SEMAPHORE_LIMIT_KEY = 'limit';

/**
 * One ConfigMap per semaphore, named after it: every workflow naming the semaphore reads the
 * same ConfigMap, and applying one workflow's file never removes another's semaphore (as keys
 * of one shared ConfigMap would, under `kubectl apply`).
 */
export function semaphoreConfigMapName(semaphore: string): string {
  return `couler-semaphore-${semaphore}`;
}

/** Argo's `synchronization` (3.6+: lists of mutexes and of ConfigMap-backed semaphores). */
export function argoSynchronization(synchronization: Synchronization): ArgoSynchronization {
  return {
    ...(synchronization.mutexes && { mutexes: synchronization.mutexes.map(({ name }) => ({ name })) }),
    ...(synchronization.semaphores && {
      semaphores: synchronization.semaphores.map(({ name }) => ({ configMapKeyRef: { name: semaphoreConfigMapName(name), key: SEMAPHORE_LIMIT_KEY } })),
    }),
  };
}

/** A Kubernetes ConfigMap holding one semaphore's limit, as Argo's controller reads it. */
export interface SemaphoreConfigMap {
  readonly apiVersion: 'v1';
  readonly kind: 'ConfigMap';
  readonly metadata: { name: string; namespace?: string; labels: Record<string, string> };
  readonly data: Record<string, string>;
}

/**
 * The ConfigMaps of the semaphores a workflow takes, to apply beside the Workflow (Argo waits,
 * with the step pending, while a semaphore's ConfigMap is missing).
 *
 * @throws CoulerError UNSUPPORTED_BY_BACKEND before Argo 3.6, whose `synchronization` holds one
 *   `mutex` or one `semaphore` only (deprecated since); INVALID_FIELD for conflicting limits or a
 *   mutex taken twice by the run and its step (see `checkedSemaphores`).
 */
export function semaphoreConfigMaps(workflow: Workflow, argoVersion: ArgoVersion): SemaphoreConfigMap[] {
  const sites = synchronizationSites(workflow);
  if (sites.length === 0) return [];
  if (!argoVersionAtLeast(argoVersion, '3.6')) {
    const [site] = sites;
    throw unsupported('synchronization', `synchronization for Argo ${argoVersion}: the lists of mutexes and semaphores Couler writes need Argo 3.6 or later`, {
      path: [...site!.path, 'synchronization'],
      ...(site!.stepName !== undefined && { stepName: site!.stepName }),
      hint: 'Compile for the Argo release your cluster runs if it is 3.6 or later (--argo-version), or upgrade Argo.',
    });
  }
  const namespace = workflow.metadata.namespace;
  return checkedSemaphores(sites).map((semaphore) => ({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: semaphoreConfigMapName(semaphore.name), ...(namespace !== undefined && { namespace }), labels: { 'app.kubernetes.io/managed-by': 'couler' } },
    data: { [SEMAPHORE_LIMIT_KEY]: String(semaphore.limit) },
  }));
}
