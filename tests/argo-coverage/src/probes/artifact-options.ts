import type { ArgoFieldProbe } from '../probe';
import { probeWorkflow } from '../probe-workflow';

/** A writer whose output is garbage-collected and compressed, and a reader taking one part of it with its own mode. */
const OPTIONS = probeWorkflow(`
configWorkflow({ artifactGC: 'OnWorkflowDeletion', archiveLogs: true, artifactRepositoryRef: { configMap: 'artifact-repositories', key: 'team-a' } });
const write = runContainer({ image: 'alpine:3.20', command: ['sh', '-c', 'mkdir -p /out/tree/sub && echo x > /out/tree/sub/data'], archiveLogs: true,
  output: createLocalArtifact('/out/tree', { name: 'tree', artifactGC: 'Never', compressionLevel: 9 }), stepName: 'write' });
runContainer({ image: 'alpine:3.20', command: ['ls', '/in/sub', '/in/notes'], stepName: 'read',
  input: [write.output('tree').at('/in/sub', { subPath: 'sub', mode: 0o755, recurseMode: true }), createRawArtifact('/in/notes', { data: 'hello', mode: 0o600 })] });
`);

/** Artifact GC, log archiving, the artifact repository, and how inputs land (raw, mode, subPath). */
export const probes: ArgoFieldProbe[] = [
  { field: 'WorkflowSpec.artifactGC', workflow: OPTIONS, path: 'spec.artifactGC.strategy' },
  { field: 'WorkflowSpec.archiveLogs', workflow: OPTIONS, path: 'spec.archiveLogs' },
  { field: 'WorkflowSpec.artifactRepositoryRef', workflow: OPTIONS, path: 'spec.artifactRepositoryRef.configMap' },
  { field: 'Template.archiveLocation', workflow: OPTIONS, path: 'spec.templates[].archiveLocation.archiveLogs' },
  { field: 'Artifact.artifactGC', workflow: OPTIONS, path: 'spec.templates[].outputs.artifacts[].artifactGC.strategy' },
  { field: 'Artifact.raw', workflow: OPTIONS, path: 'spec.templates[].inputs.artifacts[].raw.data' },
  { field: 'Artifact.mode', workflow: OPTIONS, path: 'spec.templates[].inputs.artifacts[].mode' },
  { field: 'Artifact.subPath', workflow: OPTIONS, path: 'spec.templates[].inputs.artifacts[].subPath' },
  { field: 'Artifact.recurseMode', workflow: OPTIONS, path: 'spec.templates[].inputs.artifacts[].recurseMode' },
];
