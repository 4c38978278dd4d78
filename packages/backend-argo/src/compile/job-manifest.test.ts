import { steps, workflow } from '@couler/dsl';
import type { JobStep } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { compileChecked } from '../../test/support/compile-checked';
import { irWorkflow } from '../../test/support/ir';
import { simulateArgo } from '../../test/support/simulate-argo';

type Manifest = { apiVersion: string; kind: string; metadata: Record<string, string>; spec: Record<string, unknown> };

/** The manifest Argo creates for the only job of `built`, after Argo's substitutions. */
function createdManifest(built: Parameters<typeof compileChecked>[0]): { manifest: Manifest; resource: Record<string, unknown> } {
  const { document } = compileChecked(built);
  const { trace } = simulateArgo(document as unknown as Record<string, unknown>, () => ({}));
  const job = trace.find((entry) => entry.run.kind === 'resource')!.run;
  return { manifest: JSON.parse(job.manifest!) as Manifest, resource: job.resolved.resource as Record<string, unknown> };
}

describe('Kubeflow training jobs', () => {
  it('TensorFlow: a kubeflow.org/v1 TFJob with tfReplicaSpecs, container "tensorflow", done when the chief is', () => {
    const { manifest, resource } = createdManifest(
      workflow('tf', () => {
        steps.tensorflow.train({ stepName: 'train', image: 'tf:2', command: 'python /train.py', noChief: false, numPs: 2, numWorkers: 4, numEvaluators: 1, cleanPodPolicy: 'All' });
      }),
    );
    expect(manifest).toMatchObject({ apiVersion: 'kubeflow.org/v1', kind: 'TFJob', metadata: { generateName: 'train-' }, spec: { runPolicy: { cleanPodPolicy: 'All' } } });
    const specs = manifest.spec.tfReplicaSpecs as Record<string, { replicas: number; restartPolicy: string; template: { spec: { containers: Array<{ name: string; command: string[] }> } } }>;
    expect(Object.fromEntries(Object.entries(specs).map(([role, spec]) => [role, [spec.replicas, spec.restartPolicy, spec.template.spec.containers[0]!.name]]))).toEqual({
      Chief: [1, 'Never', 'tensorflow'],
      Evaluator: [1, 'Never', 'tensorflow'],
      PS: [2, 'Never', 'tensorflow'],
      Worker: [4, 'Never', 'tensorflow'],
    });
    expect(resource).toMatchObject({ action: 'create', setOwnerReference: true, successCondition: 'status.replicaStatuses.Chief.succeeded > 0', failureCondition: 'status.replicaStatuses.Chief.failed > 0' });
  });

  it('PyTorch: a PyTorchJob with pytorchReplicaSpecs Master and Worker, container "pytorch"', () => {
    const { manifest, resource } = createdManifest(workflow('pt', () => void steps.pytorch.train({ stepName: 'train', image: 'torch:2', numWorkers: 3, worker: { image: 'torch-worker:2', resources: { gpu: 1 } } })));
    expect(manifest).toMatchObject({ apiVersion: 'kubeflow.org/v1', kind: 'PyTorchJob' });
    const specs = manifest.spec.pytorchReplicaSpecs as Record<string, { replicas: number; template: { spec: { containers: Array<{ name: string; image: string; resources?: unknown }> } } }>;
    expect(specs.Master!.template.spec.containers[0]).toMatchObject({ name: 'pytorch', image: 'torch:2' });
    expect(specs.Worker).toMatchObject({ replicas: 3, template: { spec: { containers: [{ name: 'pytorch', image: 'torch-worker:2', resources: { limits: { 'nvidia.com/gpu': '1' } } }] } } });
    expect(resource.successCondition).toBe('status.replicaStatuses.Master.succeeded > 0');
  });

  it('MPI: a kubeflow.org/v2beta1 MPIJob with mpiReplicaSpecs, slotsPerWorker, done when the launcher is', () => {
    const { manifest, resource } = createdManifest(workflow('mpi', () => void steps.mpi.run({ stepName: 'allreduce', image: 'horovod:0.28', command: 'mpirun python /train.py', numWorkers: 2, slotsPerWorker: 4 })));
    expect(manifest).toMatchObject({ apiVersion: 'kubeflow.org/v2beta1', kind: 'MPIJob', spec: { slotsPerWorker: 4 } });
    expect(Object.keys(manifest.spec.mpiReplicaSpecs as object)).toEqual(['Launcher', 'Worker']);
    expect(resource.successCondition).toBe('status.replicaStatuses.Launcher.succeeded > 0');
  });

  it('XGBoost and LightGBM: XGBoostJobs with xgbReplicaSpecs, container "xgboost"', () => {
    for (const train of [steps.xgboost.train, steps.lightgbm.train]) {
      const { manifest } = createdManifest(workflow('gbm', () => void train({ stepName: 'fit', image: 'gbm:1', numWorkers: 2 })));
      expect(manifest).toMatchObject({ apiVersion: 'kubeflow.org/v1', kind: 'XGBoostJob' });
      expect(Object.keys(manifest.spec.xgbReplicaSpecs as object)).toEqual(['Master', 'Worker']);
    }
  });

  it("gives every role's pods the step's env, secrets, volumes, node selector, tolerations and service account", () => {
    const job: JobStep = {
      name: 'train',
      kind: 'job',
      job: { framework: 'pytorch', image: 'torch:2', replicas: { Master: { replicas: 1 }, Worker: { replicas: 2 } } },
      env: [{ name: 'TOKEN', secretKeyRef: { name: 'hub', key: 'token' } }, { name: 'RUN', value: { ref: 'workflow', field: 'uid' } }],
      volumeMounts: [{ name: 'data', mountPath: '/data' }, { name: 'scratch', mountPath: '/scratch' }],
      nodeSelector: { gpu: 'a100' },
      tolerations: [{ key: 'gpu', operator: 'Exists', effect: 'NoSchedule' }],
      serviceAccount: 'trainer',
    };
    const { manifest } = createdManifest(
      irWorkflow('pods', [job], {
        volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'datasets' } }],
        volumeClaimTemplates: [{ name: 'scratch', accessModes: ['ReadWriteOnce'], storage: '1Gi' }],
      }),
    );
    const worker = (manifest.spec.pytorchReplicaSpecs as Record<string, { template: { spec: Record<string, unknown> } }>).Worker!.template.spec;
    expect(worker).toMatchObject({
      serviceAccountName: 'trainer',
      nodeSelector: { gpu: 'a100' },
      tolerations: [{ key: 'gpu', operator: 'Exists', effect: 'NoSchedule' }],
      volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'datasets' } }, { name: 'scratch', persistentVolumeClaim: { claimName: 'wf-abc12-scratch' } }],
      containers: [{ env: [{ name: 'TOKEN', valueFrom: { secretKeyRef: { name: 'hub', key: 'token' } } }, { name: 'RUN', value: 'uid-1' }], volumeMounts: [{ name: 'data', mountPath: '/data' }, { name: 'scratch', mountPath: '/scratch' }] }],
    });
  });
});
