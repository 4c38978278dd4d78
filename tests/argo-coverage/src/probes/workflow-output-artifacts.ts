import type { ArgoFieldProbe } from '../probe';
import { probeWorkflow } from '../probe-workflow';

/** A coin flip, two branches that each write a model, and the workflow returning whichever was written. */
const CHOSEN_ARTIFACT = probeWorkflow(`
const flip = runContainer({ image: 'alpine:3.20', command: ['sh', '-c', 'echo heads'], stepName: 'flip' });
const heads = when(equal(flip, 'heads'), () => runContainer({ image: 'alpine:3.20', command: ['sh', '-c', 'echo h > /tmp/m'], output: createLocalArtifact('/tmp/m', { name: 'model' }), stepName: 'heads' }));
const tails = when(equal(flip, 'tails'), () => runContainer({ image: 'alpine:3.20', command: ['sh', '-c', 'echo t > /tmp/m'], output: createLocalArtifact('/tmp/m', { name: 'model' }), stepName: 'tails' }));
workflowOutput('model', firstOf(heads.output('model'), tails.output('model')));
`);

/** Artifacts chosen by an expression: the file twin of `firstOf` workflow outputs. */
export const probes: ArgoFieldProbe[] = [
  { field: 'Artifact.fromExpression', workflow: CHOSEN_ARTIFACT, path: 'spec.templates[].outputs.artifacts[].fromExpression' },
  {
    field: 'Artifact.archiveLogs',
    outOfScope:
      "Argo reads archiveLogs from the controller's artifact repository, the workflow spec and a template's archiveLocation (all covered); on an input or output artifact the field is only inherited from ArtifactLocation and archives nothing",
  },
];
