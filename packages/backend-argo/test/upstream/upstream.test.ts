import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Workflow } from '@couler/ir';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { ArgoCompileOptions } from '../../src/index';
import { compileChecked } from '../support/compile-checked';
import { simulateArgo, type LeafOutcome, type LeafRun, type Simulation } from '../support/simulate-argo';
import { UPSTREAM_EXAMPLES } from '../support/upstream-documents';
import argumentsParameters from './arguments-parameters';
import artifactPassing from './artifact-passing';
import coinflip from './coinflip';
import coinflipRecursive from './coinflip-recursive';
import dagConditionalParameters from './dag-conditional-parameters';
import dagDiamond from './dag-diamond';
import exitHandlers from './exit-handlers';
import loopsMaps from './loops-maps';
import loopsParamResult from './loops-param-result';
import memoizeSimple from './memoize-simple';
import outputParameter from './output-parameter';
import retryBackoff from './retry-backoff';
import scriptsPython from './scripts-python';
import suspendTemplate from './suspend-template';
import { innerDag, innerSteps, printMessageTemplate, randomFailTemplate, submittable } from './workflow-templates';

type Json = Record<string, unknown>;

/** What the steps of an example do when they run: script results, files written, failures. */
type Behaviour = (run: LeafRun, call: number) => LeafOutcome;

interface Scenario {
  readonly title: string;
  readonly arguments?: Record<string, string>;
  readonly behaviour?: Behaviour;
}

interface Case {
  readonly file: string;
  /** Which document of the file, and which of its templates to run when it has no entrypoint. */
  readonly document?: number;
  readonly entry?: string;
  readonly ours: Workflow;
  readonly options?: ArgoCompileOptions;
  readonly scenarios: ReadonlyArray<Scenario>;
}

interface Normalized {
  start: number;
  phase: string;
  kind: string;
  image?: string;
  argv?: ReadonlyArray<string>;
  source?: string;
  env?: Json;
  artifacts?: Json;
  suspend?: number | '';
  retry?: Json;
  memoize?: Json;
  outputs: Json;
}

/** Go durations and Argo's bare seconds, in seconds. */
function seconds(text: string | undefined): number | undefined {
  if (text === undefined || text === '') return undefined;
  if (/^\d+$/.test(text)) return Number(text);
  const units: Record<string, number> = { s: 1, m: 60, h: 3600 };
  return [...text.matchAll(/(\d+(?:\.\d+)?)([smh])/g)].reduce((total, [, amount, unit]) => total + Number(amount) * units[unit!]!, 0);
}

function sortedJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedJson);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, item]) => [key, sortedJson(item)]));
  return value;
}

/** A step run in terms both documents share: no template names, durations in seconds, defaults made explicit. */
function normalize(simulation: Simulation): string[] {
  const producers = new Map(simulation.trace.map((entry) => [`${entry.run.template}@${entry.start}`, entry]));
  const artifactSource = (source: string): string => {
    const match = /^artifact:(.+):([^:]+):(\d+)$/.exec(source);
    if (!match) return source;
    const producer = producers.get(`${match[1]}@${match[3]}`)!;
    return `${producer.run.image} ${producer.run.argv?.join(' ')} -> ${producer.run.outputs.artifacts[match[2]!]}`;
  };
  const failedLeaves = `<failed: ${simulation.trace.filter((entry) => entry.phase === 'Failed').map((entry) => entry.run.template).sort().join(', ')}>`;
  return simulation.trace
    .map(({ start, run, phase }) => {
      const retry = run.retry as { limit?: string | number; retryPolicy?: string; backoff?: Record<string, string>; expression?: string } | undefined;
      const memoize = run.memoize as { key: string; maxAge: string; cache: { configMap: { name: string } } } | undefined;
      const normalized: Normalized = {
        start,
        phase,
        kind: run.kind,
        ...(run.image !== undefined && { image: run.image }),
        // `workflow.failures` lists the failed DAG and task nodes too, which differ in layout.
        ...(run.argv !== undefined && { argv: run.argv.map((arg) => (simulation.failures ? arg.replaceAll(JSON.stringify(simulation.failures).slice(1, -1), failedLeaves).replaceAll(simulation.failures, failedLeaves) : arg)) }),
        ...(run.source !== undefined && { source: run.source }),
        ...(run.env !== undefined && { env: run.env }),
        ...(run.artifacts !== undefined && { artifacts: Object.fromEntries(Object.entries(run.artifacts).map(([path, source]) => [path, artifactSource(source)])) }),
        ...(run.suspend !== undefined && { suspend: seconds(run.suspend) ?? '' }),
        ...(retry && {
          retry: {
            limit: Number(retry.limit),
            policy: retry.retryPolicy ?? 'OnFailure',
            ...(retry.backoff && { duration: seconds(retry.backoff.duration), factor: Number(retry.backoff.factor), maxDuration: seconds(retry.backoff.maxDuration), cap: seconds(retry.backoff.cap) }),
            ...(retry.expression && { expression: retry.expression }),
          },
        }),
        ...(memoize && { memoize: { key: memoize.key, maxAge: seconds(memoize.maxAge), configMap: memoize.cache.configMap.name } }),
        outputs: sortedJson({ parameters: Object.fromEntries(Object.entries(run.outputs.parameters).map(([name, from]) => [name, sortedJson(JSON.parse(from))])), artifacts: run.outputs.artifacts }) as Json,
      };
      return JSON.stringify(normalized);
    })
    .sort();
}

const flips = (...results: string[]): Behaviour => (run, call) => (run.source?.includes('random') && run.source.includes('heads') ? { result: results[call] ?? results.at(-1)! } : {});

const CASES: Record<string, Case> = {
  'arguments-parameters': {
    file: 'arguments-parameters.yaml',
    ours: argumentsParameters,
    scenarios: [{ title: 'with the default message' }, { title: 'with a message given at submit', arguments: { message: 'goodbye world' } }],
  },
  'artifact-passing': { file: 'artifact-passing.yaml', ours: artifactPassing, scenarios: [{ title: 'passes the file' }] },
  coinflip: {
    file: 'coinflip.yaml',
    ours: coinflip,
    scenarios: [
      { title: 'heads', behaviour: flips('heads') },
      { title: 'tails', behaviour: flips('tails') },
    ],
  },
  'coinflip-recursive': {
    file: 'coinflip-recursive.yaml',
    ours: coinflipRecursive,
    scenarios: [
      { title: 'heads at once', behaviour: flips('heads') },
      { title: 'tails twice, then heads', behaviour: flips('tails', 'tails', 'heads') },
    ],
  },
  'dag-conditional-parameters': {
    file: 'dag-conditional-parameters.yaml',
    ours: dagConditionalParameters,
    scenarios: [
      { title: 'heads', behaviour: (run) => (run.source?.includes('random') ? { result: 'heads' } : {}) },
      { title: 'tails', behaviour: (run) => (run.source?.includes('random') ? { result: 'tails' } : {}) },
    ],
  },
  'dag-diamond': { file: 'dag-diamond.yaml', ours: dagDiamond, scenarios: [{ title: 'A, then B and C, then D' }] },
  'exit-handlers': {
    file: 'exit-handlers.yaml',
    ours: exitHandlers,
    scenarios: [
      { title: 'the step fails: notify and cry', behaviour: (run) => (run.argv?.some((arg) => arg.includes('exit 1')) ? { phase: 'Failed' } : {}) },
      { title: 'the step succeeds after all: notify and celebrate' },
    ],
  },
  'loops-maps': { file: 'loops-maps.yaml', ours: loopsMaps, scenarios: [{ title: 'one step per item' }] },
  'loops-param-result': {
    file: 'loops-param-result.yaml',
    ours: loopsParamResult,
    scenarios: [{ title: 'one step per listed number', behaviour: (run) => (run.kind === 'script' ? { result: '[20,21,22]' } : {}) }],
  },
  'memoize-simple': { file: 'memoize-simple.yaml', ours: memoizeSimple, scenarios: [{ title: 'memoized', behaviour: () => ({ parameters: { hello: 'world' } }) }] },
  'output-parameter': {
    file: 'output-parameter.yaml',
    ours: outputParameter,
    scenarios: [
      { title: 'the file is read', behaviour: (run) => (run.outputs.parameters['hello-param'] ? { parameters: { 'hello-param': 'hello world' } } : {}) },
      { title: 'the file is missing: the default', behaviour: () => ({}) },
    ],
  },
  'retry-backoff': { file: 'retry-backoff.yaml', ours: retryBackoff, scenarios: [{ title: 'retried with backoff' }] },
  'scripts-python': { file: 'scripts-python.yaml', ours: scriptsPython, scenarios: [{ title: 'prints the number', behaviour: (run) => (run.kind === 'script' ? { result: '42' } : {}) }] },
  'suspend-template': { file: 'suspend-template.yaml', ours: suspendTemplate, scenarios: [{ title: 'build, approve, delay, release' }] },
  'workflow-template print-message': {
    file: 'workflow-template-templates.yaml',
    document: 0,
    ours: printMessageTemplate,
    options: { kind: 'WorkflowTemplate' },
    scenarios: [{ title: 'prints the message given', arguments: { message: 'from a WorkflowTemplate' } }],
  },
  'workflow-template random-fail-template': {
    file: 'workflow-template-templates.yaml',
    document: 1,
    entry: 'random-fail-template',
    ours: randomFailTemplate,
    options: { kind: 'WorkflowTemplate' },
    scenarios: [{ title: 'retried' }],
  },
  'workflow-template inner-steps': {
    file: 'workflow-template-templates.yaml',
    document: 2,
    entry: 'inner-steps',
    ours: innerSteps,
    options: { kind: 'WorkflowTemplate' },
    scenarios: [{ title: 'hello1, then hello2a and hello2b' }],
  },
  'workflow-template inner-dag': {
    file: 'workflow-template-templates.yaml',
    document: 3,
    entry: 'inner-diamond',
    ours: innerDag,
    options: { kind: 'WorkflowTemplate' },
    scenarios: [{ title: 'the diamond' }],
  },
  'workflow-template submittable': {
    file: 'workflow-template-templates.yaml',
    document: 4,
    ours: submittable,
    options: { kind: 'WorkflowTemplate' },
    scenarios: [{ title: 'with the default message' }, { title: 'with a message given', arguments: { message: 'hi' } }],
  },
};

function runner(behaviour: Behaviour | undefined): (run: LeafRun) => LeafOutcome {
  let calls = 0;
  return (run) => {
    const outcome = behaviour?.(run, calls) ?? {};
    if (run.source?.includes('random')) calls++;
    return { ...(run.kind === 'script' && outcome.result === undefined && { result: 'ok' }), ...outcome };
  };
}

describe("Argo's own examples, written with @couler/dsl", () => {
  it('covers all 15 example files', () => {
    expect(new Set(Object.values(CASES).map((entry) => entry.file)).size).toBe(15);
  });

  for (const [name, entry] of Object.entries(CASES)) {
    const upstream = parseAllDocuments(readFileSync(join(UPSTREAM_EXAMPLES, entry.file), 'utf8'), { version: '1.1' }).map((document) => document.toJS() as Json);
    const upstreamDocuments = [upstream[entry.document ?? 0]!, ...upstream.filter((_, index) => index !== (entry.document ?? 0))];
    describe(name, () => {
      for (const scenario of entry.scenarios) {
        it(`runs the same steps as upstream: ${scenario.title}`, () => {
          const { document } = compileChecked(entry.ours, entry.options);
          const options = { ...(scenario.arguments && { arguments: scenario.arguments }) };
          const theirs = simulateArgo(upstreamDocuments, runner(scenario.behaviour), { ...options, ...(entry.entry && { entry: entry.entry }) });
          // The other upstream documents stand for WorkflowTemplates installed on the cluster, which templateRef steps call.
          const ours = simulateArgo([document as unknown as Json, ...upstreamDocuments.slice(1)], runner(scenario.behaviour), options);
          expect(theirs.trace.length).toBeGreaterThan(0);
          expect(normalize(ours)).toEqual(normalize(theirs));
          expect(ours.phase).toBe(theirs.phase);
          expect(ours.outputs).toEqual(theirs.outputs);
        });
      }
    });
  }

  it('notices a rewrite that does not do the same: the plain coinflip against the recursive one, a diamond missing an edge', () => {
    const recursive = parseAllDocuments(readFileSync(join(UPSTREAM_EXAMPLES, 'coinflip-recursive.yaml'), 'utf8'))[0]!.toJS() as Json;
    const plain = compileChecked(coinflip).document as unknown as Json;
    expect(normalize(simulateArgo(plain, runner(flips('tails', 'heads'))))).not.toEqual(normalize(simulateArgo(recursive, runner(flips('tails', 'heads')))));
    const diamond = parseAllDocuments(readFileSync(join(UPSTREAM_EXAMPLES, 'dag-diamond.yaml'), 'utf8'))[0]!.toJS() as Json;
    const broken = compileChecked({ ...dagDiamond, spec: { ...dagDiamond.spec, steps: dagDiamond.spec.steps.map((step) => (step.name === 'd' ? { ...step, dependencies: ['b'] } : step)) } }).document as unknown as Json;
    const slowC: Behaviour = (run) => (run.argv?.includes('C') ? { duration: 3 } : {});
    expect(normalize(simulateArgo(broken, runner(slowC)))).not.toEqual(normalize(simulateArgo(diamond, runner(slowC))));
    expect(normalize(simulateArgo(compileChecked(dagDiamond).document as unknown as Json, runner(slowC)))).toEqual(normalize(simulateArgo(diamond, runner(slowC))));
  });

  it('runs one image per item in loops-maps, chosen from the items as upstream', () => {
    const { document } = compileChecked(loopsMaps);
    const ours = simulateArgo(document as unknown as Json, runner(undefined));
    expect(ours.trace.map((entry) => entry.run.image).sort()).toEqual(['alpine:3.6', 'debian:8.9', 'debian:9.1', 'ubuntu:17.10']);
  });

  it('returns the result of whichever branch ran as the workflow output in dag-conditional-parameters', () => {
    const { document } = compileChecked(dagConditionalParameters);
    for (const side of ['heads', 'tails']) {
      const ours = simulateArgo(document as unknown as Json, runner((run) => (run.source?.includes('random') ? { result: side } : run.source?.includes(`print("${side}")`) ? { result: `${side}!` } : {})));
      expect(ours.outputs).toEqual({ stepresult: `${side}!` });
    }
  });

  it('calls the shared WorkflowTemplate by templateRef where upstream does, and its own copy elsewhere', () => {
    const { document } = compileChecked(innerDag, { kind: 'WorkflowTemplate' });
    const tasks = (document.spec as { templates: Array<{ dag?: { tasks: Array<{ name: string; template?: string; templateRef?: unknown }> } }> }).templates.flatMap((template) => template.dag?.tasks ?? []);
    expect(Object.fromEntries(tasks.map((task) => [task.name, task.templateRef ?? task.template]))).toEqual({
      'inner-a': { name: 'workflow-template-print-message', template: 'print-message' },
      'inner-b': 'inner-b',
      'inner-c': 'inner-c',
      'inner-d': { name: 'workflow-template-print-message', template: 'print-message' },
    });
  });
});
