/** What probe workflows may use from @couler/dsl (imported whole, as a user's file would). */
const DSL_NAMES = [
  'workflow',
  'configWorkflow',
  'parameter',
  'addVolume',
  'createWorkflowVolume',
  'concat',
  'runContainer',
  'runScript',
  'runJob',
  'runHttp',
  'runPlugin',
  'listArtifactFiles',
  'runContainerSet',
  'runTemplateRef',
  'suspend',
  'map',
  'sequence',
  'when',
  'equal',
  'concurrent',
  'execWhile',
  'setDependencies',
  'setExitHandler',
  'setStepExitHandler',
  'addHook',
  'workflowOutput',
  'firstOf',
  'createParameterArtifact',
  'createLocalArtifact',
  'createS3Artifact',
  'createOssArtifact',
  'createGcsArtifact',
  'createAzureArtifact',
  'createArtifactoryArtifact',
  'createPluginArtifact',
  'createHdfsArtifact',
  'createGitArtifact',
  'createHttpArtifact',
  'createRawArtifact',
];

/**
 * A workflow file as a user writes it: `body` is the build function's body, `config` the
 * optional third argument of `workflow()` (its source text).
 */
export function probeWorkflow(body: string, config?: string): string {
  return [
    `import { ${DSL_NAMES.join(', ')} } from '@couler/dsl';`,
    '',
    `export default workflow('coverage-probe', () => {`,
    body.trim().replace(/^/gm, '  '),
    `}${config === undefined ? '' : `, ${config}`});`,
    '',
  ].join('\n');
}

/** One plain container step, for fields every workflow has. */
export const ONE_STEP = probeWorkflow(`runContainer({ image: 'alpine:3.20', command: ['echo'], args: ['hello'] });`);

/** Two steps, the second reading the first's output parameter and artifact. */
export const PRODUCER_CONSUMER = probeWorkflow(`
const produce = runContainer({
  image: 'alpine:3.20',
  command: ['sh', '-c', 'echo 3 > /tmp/n; mkdir -p /tmp/d; echo x > /tmp/d/x'],
  output: [createParameterArtifact('/tmp/n', { name: 'n' }), createLocalArtifact('/tmp/d', { name: 'data' })],
  stepName: 'produce',
});
runContainer({ image: 'alpine:3.20', command: ['cat'], args: [produce.output('n'), produce.output('data')], stepName: 'consume' });
`);
