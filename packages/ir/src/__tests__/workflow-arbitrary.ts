import { fc } from '@fast-check/vitest';
import { IR_API_VERSION, type Workflow } from '../schema/workflow';
import type { Ref, StepOutputRef } from '../schema/value';

/**
 * Small, valid workflows for property tests: every step kind, values and references of every
 * sort, conditions, maps, groups, an exit handler, maps written in random key order and steps
 * in random order. Validity holds by construction: steps only reference steps generated before
 * them (so the graph is a DAG) and only outputs those steps declare.
 */

type Fields = Record<string, unknown>;

/**
 * Strings YAML would misread if they were not quoted, and strings other engines treat specially.
 * No NUL: a valid workflow holds none (nulCharacterRule); \u0001 stands in for control characters.
 */
const TRICKY_STRINGS = [
  '', 'yes', 'No', 'on', 'OFF', 'null', '~', 'true', 'False', '0', '-0', '0x1F', '0o17', '1e3', '.5', '-.inf', '.NaN', '12:30',
  '- item', '? key', '# not a comment', 'key: value', 'a #b', "it's", '"quoted"', '\t', ' leading', 'trailing ', 'line\nbreak\n',
  '\r\n', '{{workflow.name}}', '$(params.x)', '*alias', '&anchor', '!tag', '|', '>', '---', '...', '%YAML 1.2', '@at', '`tick`',
  '[1, 2]', '{a: 1}', '\u2028', '\u0001', '\u00e9\u0301', '😀', '\ufeffbom',
];

const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 10 }).filter((value) => !value.includes('\0')), fc.constantFrom(...TRICKY_STRINGS));
const number = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 0.1, 1e21, 1e-7, 5e-324, Number.MAX_SAFE_INTEGER + 2, -Number.MAX_VALUE),
);
const scalar = fc.oneof(text, number, fc.boolean());
const label = fc.stringMatching(/^[a-z]([a-z0-9-]{0,6}[a-z0-9])?$/);
// `__proto__` is left out: zod drops it from records, as JSON.parse would not.
const identifier = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_-]{0,8}$/).filter((name) => name !== 'result' && name !== '__proto__');
const envName = fc.stringMatching(/^[A-Z_][A-Z0-9_]{0,8}$/);
/** A string map written in random key order. */
const stringMap = fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9./-]{0,10}$/), text, { maxKeys: 4, noNullPrototype: true });

interface Produced {
  readonly name: string;
  /** Output parameters other steps may read as values (`result` included where it exists). */
  readonly values: string[];
  readonly artifacts: string[];
  /** Conditions compare against single values, which a mapped step does not have. */
  readonly mapped: boolean;
}

interface Scope {
  readonly parameters: ReadonlyArray<{ name: string; type: 'string' | 'number' | 'list' }>;
  readonly earlier: ReadonlyArray<Produced>;
  readonly inputs: string[];
  readonly itemKeys: string[] | 'scalar' | undefined;
  readonly exit: boolean;
}

type Gen = fc.GeneratorValue;

function pick<const T>(g: Gen, values: ReadonlyArray<T>): T {
  return values[g(fc.nat, values.length - 1)]!;
}

function shuffled<T>(g: Gen, values: ReadonlyArray<T>): T[] {
  return g(() => fc.shuffledSubarray([...values], { minLength: values.length, maxLength: values.length }));
}

function ref(g: Gen, scope: Scope): Ref | undefined {
  const options: Array<() => Ref | undefined> = [() => ({ ref: 'workflow', field: 'name' })];
  if (scope.parameters.length > 0) options.push(() => ({ ref: 'parameter', name: pick(g, scope.parameters).name }));
  const readable = scope.earlier.filter((step) => step.values.length > 0);
  if (readable.length > 0) {
    options.push(() => {
      const producer = pick(g, readable);
      return { ref: 'step', step: producer.name, output: pick(g, producer.values) };
    });
  }
  if (scope.inputs.length > 0) options.push(() => ({ ref: 'input', name: pick(g, scope.inputs) }));
  if (scope.itemKeys === 'scalar') options.push(() => ({ ref: 'item' }));
  else if (scope.itemKeys) options.push(() => ({ ref: 'item', key: pick(g, scope.itemKeys as string[]) }));
  if (scope.exit) options.push(() => ({ ref: 'workflow', field: pick(g, ['status', 'failures'] as const) }));
  return pick(g, options)();
}

function value(g: Gen, scope: Scope): unknown {
  switch (g(fc.nat, 3)) {
    case 0:
    case 1:
      return g(() => text);
    case 2:
      return ref(g, scope);
    default:
      return { concat: Array.from({ length: g(fc.integer, { min: 1, max: 3 }) }, () => (g(fc.boolean) ? g(() => text) : ref(g, scope))) };
  }
}

function values(g: Gen, scope: Scope, max = 3): unknown[] {
  return Array.from({ length: g(fc.nat, max) }, () => value(g, scope));
}

function condition(g: Gen, scope: Scope, depth = 0): Fields {
  const choice = g(fc.nat, depth > 1 ? 1 : 3);
  if (choice === 2) return { op: pick(g, ['and', 'or'] as const), conditions: Array.from({ length: g(fc.integer, { min: 1, max: 2 }) }, () => condition(g, scope, depth + 1)) };
  if (choice === 3) return { op: 'not', condition: condition(g, scope, depth + 1) };
  const numbers = scope.parameters.filter((parameter) => parameter.type === 'number');
  if (choice === 1 && numbers.length > 0) {
    const op = pick(g, ['bigger', 'smaller', 'biggerEqual', 'smallerEqual', 'equal', 'notEqual'] as const);
    return { op, left: { ref: 'parameter', name: pick(g, numbers).name }, right: g(() => number) };
  }
  const comparable = scope.earlier.filter((step) => !step.mapped && step.values.length > 0);
  const left: unknown = comparable.length > 0 && g(fc.boolean) ? stepValue(g, pick(g, comparable)) : g(() => scalar);
  return { op: pick(g, ['equal', 'notEqual'] as const), left, right: g(() => text) };
}

function stepValue(g: Gen, step: Produced): StepOutputRef {
  return { ref: 'step', step: step.name, output: pick(g, step.values) };
}

function uniqueIdentifiers(g: Gen, max: number): string[] {
  return g(() => fc.uniqueArray(identifier, { maxLength: max, comparator: (a, b) => a.toLowerCase() === b.toLowerCase() }));
}

function step(g: Gen, name: string, parameters: Scope['parameters'], earlier: Produced[], exit: boolean): { step: Fields; produced: Produced } {
  const kind = exit ? 'container' : pick(g, ['container', 'container', 'script', 'job', 'resource', 'suspend'] as const);
  const fields: Fields = { name };
  const inputNames = kind === 'suspend' ? [] : uniqueIdentifiers(g, 2);
  let itemKeys: Scope['itemKeys'];
  if (!exit && kind !== 'suspend' && g(fc.nat, 3) === 0) {
    const lists = parameters.filter((parameter) => parameter.type === 'list');
    if (lists.length > 0 && g(fc.boolean)) {
      fields.map = { from: { ref: 'parameter', name: pick(g, lists).name } };
      itemKeys = 'scalar';
    } else if (g(fc.boolean)) {
      fields.map = { items: g(() => fc.array(scalar, { minLength: 1, maxLength: 3 })), ...(g(fc.boolean) && { parallelism: g(fc.integer, { min: 1, max: 4 }) }) };
      itemKeys = 'scalar';
    } else {
      const keys = g(() => fc.uniqueArray(identifier, { minLength: 1, maxLength: 3 }));
      const items = Array.from({ length: g(fc.integer, { min: 1, max: 3 }) }, () => Object.fromEntries(shuffled(g, keys).map((key) => [key, g(() => scalar)])));
      fields.map = { items };
      itemKeys = keys;
    }
  }
  const scope: Scope = { parameters, earlier, inputs: [], itemKeys, exit };
  const inputParameters = inputNames.map((inputName) => ({ name: inputName, value: value(g, scope), ...(g(fc.boolean) && { description: g(() => text) }) }));
  const withInputs: Scope = { ...scope, inputs: inputNames };
  const artifactSources = earlier.filter((producer) => producer.artifacts.length > 0);
  const inputArtifacts = uniqueIdentifiers(g, kind === 'suspend' ? 0 : 2)
    .filter((artifactName) => !inputNames.some((input) => input.toLowerCase() === artifactName.toLowerCase()))
    .filter((artifactName) => !inputNames.includes(artifactName))
    .map((artifactName) => {
      const base = { name: artifactName, path: `/in/${artifactName}` };
      if (artifactSources.length > 0 && g(fc.boolean)) {
        const producer = pick(g, artifactSources);
        return { ...base, from: { ref: 'step', step: producer.name, output: pick(g, producer.artifacts) } };
      }
      return g(fc.boolean)
        ? { ...base, raw: g(() => text) }
        : { ...base, location: { type: 's3', bucket: 'bucket', key: g(() => label), ...(g(fc.boolean) && { region: 'eu-west-1' }) } };
    });
  if (inputParameters.length > 0 || inputArtifacts.length > 0) {
    fields.inputs = { ...(inputParameters.length > 0 && { parameters: inputParameters }), ...(inputArtifacts.length > 0 && { artifacts: inputArtifacts }) };
  }

  const produced: Produced = { name, values: [], artifacts: [], mapped: fields.map !== undefined };
  const outputNames = uniqueIdentifiers(g, 3);
  if (kind === 'container' || kind === 'script') {
    produced.values.push('result');
    const artifactCount = g(fc.nat, outputNames.length);
    const parameterOutputs = outputNames.slice(artifactCount).map((outputName) => ({ name: outputName, path: `/out/${outputName}`, ...(g(fc.boolean) && { global: true }) }));
    const artifactOutputs = outputNames.slice(0, artifactCount).map((outputName) => ({ name: outputName, path: `/out/${outputName}`, ...(g(fc.boolean) && { archive: 'none' }) }));
    produced.values.push(...parameterOutputs.map((output) => output.name));
    produced.artifacts.push(...artifactOutputs.map((output) => output.name));
    if (outputNames.length > 0) {
      fields.outputs = { ...(parameterOutputs.length > 0 && { parameters: parameterOutputs }), ...(artifactOutputs.length > 0 && { artifacts: artifactOutputs }) };
    }
  } else if (kind === 'resource' && outputNames.length > 0) {
    fields.outputs = { parameters: outputNames.map((outputName) => ({ name: outputName, jsonPath: `{.status.${outputName}}` })) };
    produced.values.push(...outputNames);
  }

  const body = { image: pick(g, ['alpine:3.20', 'python:3.12', 'ghcr.io/org/trainer@sha256:abc'] as const), command: ['sh', '-c'], args: values(g, withInputs) };
  switch (kind) {
    case 'container':
      fields.kind = 'container';
      fields.container = { ...body, ...(g(fc.boolean) && { imagePullPolicy: 'IfNotPresent' }) };
      break;
    case 'script':
      fields.kind = 'script';
      fields.script = { ...body, command: ['python'], source: g(() => text) };
      break;
    case 'job': {
      fields.kind = 'job';
      const roles = shuffled(g, g(() => fc.subarray(['Worker', 'PS', 'Chief', 'Evaluator'], { minLength: 1 })));
      const replicas = Object.fromEntries(roles.map((role) => [role, { replicas: role === 'Chief' ? 1 : g(fc.integer, { min: 1, max: 8 }), ...(g(fc.boolean) && { args: values(g, withInputs, 2) }) }]));
      fields.job = { framework: pick(g, ['tensorflow', 'pytorch'] as const), image: body.image, args: body.args, replicas };
      break;
    }
    case 'resource':
      fields.kind = 'resource';
      fields.resource = { action: 'create', manifest: `apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: ${name}\n`, successCondition: 'status.succeeded > 0' };
      break;
    default:
      fields.kind = 'suspend';
      fields.suspend = g(fc.boolean) ? { durationSeconds: g(fc.integer, { min: 0, max: 3600 }) } : {};
  }

  const names = earlier.map((producer) => producer.name);
  if (names.length > 0 && g(fc.boolean)) fields.dependencies = g(() => fc.subarray(names, { minLength: 1 }));
  if (names.length > 0 && g(fc.nat, 3) === 0) {
    const mentioned = g(() => fc.subarray(names, { minLength: 1, maxLength: Math.min(3, names.length) }));
    fields.depends = mentioned.map((mentionedName) => `${g(fc.boolean) ? '!' : ''}${mentionedName}${pick(g, ['', '.Succeeded', '.Failed', '.Skipped'] as const)}`).join(pick(g, [' && ', ' || '] as const));
  }
  if (g(fc.nat, 2) === 0) fields.when = condition(g, withInputs);
  if (kind !== 'suspend' && g(fc.boolean)) {
    const envNames = g(() => fc.uniqueArray(envName, { maxLength: 3 }));
    fields.env = envNames.map((variableName) => (g(fc.boolean) ? { name: variableName, value: value(g, withInputs) } : { name: variableName, secretKeyRef: { name: 'creds', key: 'token' } }));
  }
  if (g(fc.nat, 3) === 0) fields.labels = g(() => stringMap);
  if (g(fc.nat, 3) === 0) fields.nodeSelector = g(() => stringMap);
  if (g(fc.nat, 3) === 0) fields.resources = { requests: { cpu: '500m', memory: '1Gi' }, limits: { gpu: g(fc.integer, { min: 0, max: 4 }) } };
  if (g(fc.nat, 3) === 0) fields.retry = { limit: g(fc.integer, { min: 0, max: 5 }), on: 'transient', backoff: { durationSeconds: g(fc.integer, { min: 0, max: 30 }), factor: 2 } };
  if (g(fc.nat, 4) === 0) fields.cache = { ttlSeconds: 60, excludeInputs: inputNames };
  if (g(fc.nat, 4) === 0) fields.description = g(() => text);
  return { step: fields, produced };
}

/** Builds one valid workflow from fast-check's generator function. */
function buildWorkflow(g: Gen): Workflow {
  const names: string[] = g(() => fc.uniqueArray(label, { minLength: 2, maxLength: 9 }));
  const exitCount = g(fc.nat, Math.min(2, names.length - 1));
  const groupName = names.length - exitCount > 2 && g(fc.boolean) ? names.pop()! : undefined;
  const exitNames = names.splice(names.length - exitCount, exitCount);

  const parameterNames = uniqueIdentifiers(g, 3);
  const parameters = parameterNames.map((parameterName) => {
    const type = pick(g, ['string', 'number', 'list'] as const);
    const fallback = type === 'number' ? g(() => number) : type === 'list' ? JSON.stringify(g(() => fc.array(text, { maxLength: 3 }))) : g(() => text);
    return { name: parameterName, type, ...(g(fc.boolean) && { default: fallback }), ...(g(fc.boolean) && { description: g(() => text) }) };
  });

  const produced: Produced[] = [];
  const steps = names.map((stepName) => {
    const built = step(g, stepName, parameters, [...produced], false);
    produced.push(built.produced);
    return built.step;
  });
  const exitProduced: Produced[] = [];
  const onExit = exitNames.map((stepName) => {
    const built = step(g, stepName, parameters, [...exitProduced], true);
    exitProduced.push(built.produced);
    return built.step;
  });

  const spec: Fields = { ...(parameters.length > 0 && { parameters }), steps: shuffled(g, steps) };
  if (groupName !== undefined) {
    const members = shuffled(g, names).slice(0, g(fc.integer, { min: 1, max: names.length }));
    const looping = produced.find((candidate) => members.includes(candidate.name) && !candidate.mapped && candidate.values.length > 0);
    spec.groups = [
      looping && g(fc.boolean)
        ? { name: groupName, kind: 'while', steps: members, condition: { op: 'notEqual', left: stepValue(g, looping), right: 'done' }, maxIterations: g(fc.integer, { min: 1, max: 10 }) }
        : { name: groupName, kind: 'concurrent', branches: members.map((member) => [member]) },
    ];
  }
  if (onExit.length > 0) spec.onExit = shuffled(g, onExit);
  if (g(fc.boolean)) spec.parallelism = g(fc.integer, { min: 1, max: 10 });
  if (g(fc.nat, 3) === 0) spec.volumes = [{ name: 'data', persistentVolumeClaim: { claimName: 'data' } }];
  if (g(fc.nat, 3) === 0) spec.nodeSelector = g(() => stringMap);
  if (g(fc.nat, 3) === 0) spec.ttl = { secondsAfterCompletion: g(fc.integer, { min: 0, max: 86_400 }) };

  const metadata: Fields = { name: g(() => label) };
  if (g(fc.boolean)) metadata.labels = g(() => stringMap);
  if (g(fc.boolean)) metadata.annotations = g(() => stringMap);
  if (g(fc.boolean)) metadata.description = g(() => text);
  return { apiVersion: IR_API_VERSION, kind: 'Workflow', metadata, spec } as Workflow;
}

/**
 * Not shrunk: shrinking a generator this deep exhausts the heap before it finds anything, so a
 * failure reports the workflow as generated (at most nine steps) and the seed to replay it.
 */
export const workflowArbitrary: fc.Arbitrary<Workflow> = fc.noShrink(fc.gen()).map(buildWorkflow);
