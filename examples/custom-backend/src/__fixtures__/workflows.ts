import { IR_API_VERSION, type Workflow } from '@couler/ir';

/** A container step; `extra` adds or overrides fields. */
export function container(name: string, extra: Record<string, unknown> = {}) {
  return { name, kind: 'container' as const, container: { image: 'alpine:3.20', command: ['echo'], args: [name] }, ...extra };
}

export function workflow(name: string, steps: unknown[], rest: Record<string, unknown> = {}): Workflow {
  return { apiVersion: IR_API_VERSION, kind: 'Workflow', metadata: { name }, spec: { steps, ...rest } } as Workflow;
}

/**
 * Names and images that try every way out of a Mermaid label: quotes closing it, a new line
 * starting a statement, HTML, markdown strings, entity codes, edge-label pipes, comments.
 * Not valid IR (step names must be DNS-1123 labels), but a backend must never emit broken
 * syntax, whatever reaches it.
 */
export const HOSTILE_NAMES = [
  'a"]; click s0 call alert(1); s0["',
  'b\n  s9 --> s0\n%% comment',
  '<img src=x onerror=alert(1)>',
  '`**markdown**`',
  '#quot;#35;&amp;',
  'end',
  'c|pipe|-->',
  'subgraph x\r\u2028end',
] as const;

export const hostileWorkflow: Workflow = workflow(
  '../../etc/"passwd"',
  HOSTILE_NAMES.map((name, index) =>
    container(name, {
      container: { image: `evil"] --> s0["pwn${index}<br>\n#quot;|`, command: ['echo'] },
      ...(index > 0 && { dependencies: [HOSTILE_NAMES[index - 1]] }),
      ...(index === 3 && { when: { op: 'equal', left: { ref: 'step', step: HOSTILE_NAMES[2], output: 'result' }, right: 'x"]|\n end' } }),
    }),
  ),
  {
    groups: [{ name: 'g"]\nend', kind: 'concurrent', branches: [[HOSTILE_NAMES[4], HOSTILE_NAMES[5]]], parallelism: 2 }],
    onExit: [container('exit"]\n', { container: { image: '"', command: ['true'] } })],
  },
);

/** One of everything the flowchart draws: data and explicit edges, `when`, map, groups, exit. */
export const showcaseWorkflow: Workflow = workflow(
  'showcase',
  [
    container('prepare', { outputs: { parameters: [{ name: 'shards', path: '/tmp/shards.json' }] } }),
    container('train', {
      map: { from: { ref: 'step', step: 'prepare', output: 'shards' }, parallelism: 4 },
      container: { image: 'ghcr.io/acme/trainer:1.2', command: ['train'], args: [{ ref: 'item' }] },
    }),
    { name: 'flip', kind: 'script', script: { image: 'python:3.12-alpine', command: ['python'], source: 'print("heads")\n' } },
    container('evaluate', { dependencies: ['train'] }),
    container('publish', { dependencies: ['evaluate'], when: { op: 'equal', left: { ref: 'step', step: 'flip', output: 'result' }, right: 'heads' } }),
    container('report', { dependencies: ['evaluate'] }),
  ],
  {
    groups: [
      { name: 'finish', kind: 'concurrent', branches: [['publish'], ['report']], parallelism: 2 },
      { name: 'until-heads', kind: 'while', steps: ['flip'], condition: { op: 'notEqual', left: { ref: 'step', step: 'flip', output: 'result' }, right: 'heads' }, maxIterations: 5 },
    ],
    onExit: [container('notify', { container: { image: 'curlimages/curl:8', command: ['curl'], args: [{ concat: ['--data=', { ref: 'workflow', field: 'status' }] }] } })],
  },
);
