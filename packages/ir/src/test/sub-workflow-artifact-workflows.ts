import { IR_API_VERSION, WorkflowSchema, type Workflow } from '../schema/workflow';

type Fields = Record<string, unknown>;

const artifactOf = (step: string, output: string) => ({ ref: 'step' as const, step, output });
const sh = (name: string, script: string, fields: Fields = {}): Fields => ({ name, kind: 'container', container: { image: 'alpine:3.20', command: ['sh', '-c', script] }, ...fields });

/** A call of `definition` passing `artifacts` (name → source), returning `outputArtifacts`. */
export function subWorkflowArtifactCall(step: string, definition: string, artifacts: Record<string, Fields>, outputArtifacts: string[] = [], fields: Fields = {}): Fields {
  return {
    name: step,
    kind: 'subWorkflow',
    subWorkflow: {
      name: definition,
      artifacts: Object.entries(artifacts).map(([name, source]) => ({ name, ...source })),
      ...(outputArtifacts.length > 0 && { outputArtifacts }),
    },
    ...fields,
  };
}

/**
 * Definition `fit`: takes a dataset artifact, trains on it (tagged by its `tag` input), returns
 * the model artifact. `names` replaces the artifact names and paths (hostile values in tests).
 */
export function fitDefinition(names: { dataset?: string; model?: string; path?: string } = {}): Fields {
  const dataset = names.dataset ?? 'dataset';
  const model = names.model ?? 'model';
  const path = names.path ?? '/work/model';
  return {
    name: 'fit',
    inputs: { parameters: [{ name: 'tag', default: 'plain' }], artifacts: [{ name: dataset, description: 'Rows to train on.' }] },
    steps: [
      {
        name: 'train',
        kind: 'container',
        container: { image: 'alpine:3.20', command: ['sh', '-c', `mkdir -p "$(dirname "$2")" && { cat /data/rows; printf 'model-%s\\n' "$1"; } > "$2"`, 'train'], args: [{ ref: 'parameter', name: 'tag' }, path] },
        inputs: { artifacts: [{ name: 'rows', path: '/data/rows', input: dataset }] },
        outputs: { artifacts: [{ name: model, path }] },
      },
    ],
    outputs: { artifacts: [{ name: model, from: artifactOf('train', model), description: 'The trained model.' }] },
  };
}

/** Definition `pipeline`: passes its dataset on to a call of `fit` (nested two deep) and returns that call's model. */
export function pipelineDefinition(names: { dataset?: string; model?: string } = {}): Fields {
  const dataset = names.dataset ?? 'dataset';
  const model = names.model ?? 'model';
  return {
    name: 'pipeline',
    inputs: { artifacts: [{ name: dataset }] },
    steps: [subWorkflowArtifactCall('inner', 'fit', { [dataset]: { input: dataset } }, [model], { inputs: { parameters: [{ name: 'tag', value: 'nested' }] } })],
    outputs: { artifacts: [{ name: model, from: artifactOf('inner', model) }] },
  };
}

/**
 * A dataset in, a model out: `prepare` writes the dataset, `fit` is called twice (one definition),
 * once through `pipeline` (two deep) and mapped over three items; `compare` reads the three models.
 */
export function subWorkflowArtifacts(names: { dataset?: string; model?: string; path?: string } = {}): Workflow {
  const dataset = names.dataset ?? 'dataset';
  const model = names.model ?? 'model';
  const prepared = { from: artifactOf('prepare', 'rows') };
  return WorkflowSchema.parse({
    apiVersion: IR_API_VERSION,
    kind: 'Workflow',
    metadata: { name: 'sub-workflow-artifacts' },
    spec: {
      steps: [
        sh('prepare', 'mkdir -p /out && printf "row-1\\nrow-2\\n" > /out/rows', { outputs: { artifacts: [{ name: 'rows', path: '/out/rows' }] } }),
        subWorkflowArtifactCall('fit-a', 'fit', { [dataset]: prepared }, [model], { inputs: { parameters: [{ name: 'tag', value: 'a' }] } }),
        subWorkflowArtifactCall('fit-b', 'fit', { [dataset]: prepared }, [model], { inputs: { parameters: [{ name: 'tag', value: 'b' }] } }),
        subWorkflowArtifactCall('nested', 'pipeline', { [dataset]: prepared }, [model]),
        subWorkflowArtifactCall('sweep', 'fit', { [dataset]: prepared }, [], { inputs: { parameters: [{ name: 'tag', value: { ref: 'item' } }] }, map: { items: ['x', 'y', 'z'] } }),
        sh('compare', 'cat /in/a /in/b /in/nested', {
          dependencies: ['sweep'],
          inputs: {
            artifacts: [
              { name: 'a', path: '/in/a', from: artifactOf('fit-a', model) },
              { name: 'b', path: '/in/b', from: artifactOf('fit-b', model) },
              { name: 'nested', path: '/in/nested', from: artifactOf('nested', model) },
            ],
          },
        }),
      ],
      subWorkflows: [fitDefinition(names), pipelineDefinition(names)],
    },
  });
}
