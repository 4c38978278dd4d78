import { IR_API_VERSION, type Workflow } from '../schema/workflow';

const container = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  kind: 'container' as const,
  container: { image: 'alpine:3.20', command: ['echo'], args: [name] },
  ...extra,
});

function workflow(name: string, steps: unknown[], rest: Record<string, unknown> = {}): Workflow {
  return { apiVersion: IR_API_VERSION, kind: 'Workflow', metadata: { name }, spec: { steps, ...rest } } as Workflow;
}

/**
 * Small workflows every backend should handle (or refuse with UNSUPPORTED_BY_BACKEND), one
 * construct family each. Used by `assertBackendConformance` and free for backends' own tests.
 */
export const conformanceWorkflows: Readonly<Record<string, Workflow>> = {
  diamond: workflow('diamond', [
    container('a'),
    container('b', { dependencies: ['a'] }),
    container('c', { dependencies: ['a'] }),
    container('d', { dependencies: ['b', 'c'] }),
  ]),
  'data-passing': workflow('data-passing', [
    container('produce', { outputs: { parameters: [{ name: 'message', path: '/tmp/message.txt' }] } }),
    {
      name: 'consume',
      kind: 'container',
      container: { image: 'alpine:3.20', command: ['echo'], args: [{ ref: 'step', step: 'produce', output: 'message' }] },
    },
  ]),
  conditional: workflow('conditional', [
    { name: 'flip', kind: 'script', script: { image: 'python:3.12-alpine', command: ['python'], source: 'import random\nprint(random.choice(["heads", "tails"]))\n' } },
    container('heads', { when: { op: 'equal', left: { ref: 'step', step: 'flip', output: 'result' }, right: 'heads' } }),
    container('tails', { when: { op: 'equal', left: { ref: 'step', step: 'flip', output: 'result' }, right: 'tails' } }),
  ]),
  'map-items': workflow('map-items', [
    {
      name: 'train',
      kind: 'container',
      container: { image: 'alpine:3.20', command: ['echo'], args: [{ ref: 'item' }] },
      map: { items: [100, 200, 300] },
    },
  ]),
  'exec-while': workflow(
    'exec-while',
    [{ name: 'flip', kind: 'script', script: { image: 'python:3.12-alpine', command: ['python'], source: 'print("tails")\n' } }],
    {
      groups: [
        {
          name: 'flip-until-heads',
          kind: 'while',
          steps: ['flip'],
          condition: { op: 'equal', left: { ref: 'step', step: 'flip', output: 'result' }, right: 'tails' },
          maxIterations: 10,
        },
      ],
    },
  ),
  'exit-handler': workflow('exit-handler', [container('work')], {
    onExit: [
      {
        name: 'notify',
        kind: 'container',
        container: { image: 'alpine:3.20', command: ['echo'], args: [{ concat: ['status=', { ref: 'workflow', field: 'status' }] }] },
      },
    ],
  }),
};
