import { componentError, type ComponentSource } from './component-error';
import type { ComponentInput, ComponentOutput, ComponentSpec, Condition, Placeholder } from './component-spec';

type Field = ReadonlyArray<string | number>;
type Doc = Record<string, unknown>;

const isObject = (value: unknown): value is Doc => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Placeholders of KFP that name where a file lives remotely or its metadata: Couler mounts files. */
const REMOTE_PLACEHOLDERS = new Set(['inputUri', 'outputUri', 'inputMetadata', 'outputMetadata', 'executorInput', 'inputOutputUri']);
const PLACEHOLDERS = ['inputValue', 'inputPath', 'outputPath', 'concat', 'if'];
const CONTAINER_KEYS = new Set(['image', 'command', 'args', 'env']);

/** `Output data` → `output_data`: a name Couler accepts for inputs and outputs (KFP makes the same). */
export function componentKey(name: string): string {
  const key = name.toLowerCase().replace(/[^a-z0-9_]+/g, '_').replace(/^_+|_+$/g, '');
  return /^[0-9]/.test(key) ? `_${key}` : key;
}

/** Reads a KFP v1 `component.yaml` document (already parsed YAML) into a ComponentSpec. */
export function parseV1Component(doc: Doc, source: ComponentSource, fallbackName: string): ComponentSpec {
  const fail = (field: Field, message: string, hint?: string) => componentError(source, 'INVALID_FIELD', field, message, hint);
  const text = (value: unknown, field: Field, what: string): string => {
    if (typeof value !== 'string') throw fail(field, `${what} must be text; got ${describeYaml(value)}.`);
    return value;
  };
  const optionalText = (value: unknown, field: Field, what: string) => (value === undefined || value === null ? undefined : text(value, field, what));

  const name = optionalText(doc.name, ['name'], 'the name') ?? fallbackName;
  const description = optionalText(doc.description, ['description'], 'the description');

  const keys = new Map<string, string>();
  const declare = (list: 'inputs' | 'outputs', index: number, raw: string) => {
    const key = componentKey(raw);
    if (key === '') throw fail([list, index, 'name'], `the name ${JSON.stringify(raw)} has no letters or digits to name it by.`);
    const other = keys.get(key);
    if (other !== undefined) throw fail([list, index, 'name'], `"${raw}" and "${other}" both become "${key}"; inputs and outputs need distinct names.`, 'Rename one of them in the component file.');
    keys.set(key, raw);
    return key;
  };
  const typeOf = (value: unknown, field: Field): string | undefined => {
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string') return value;
    // A type with properties, as `{GCSPath: {data_type: CSV}}`: its name is the one key.
    if (isObject(value) && Object.keys(value).length === 1) return Object.keys(value)[0]!;
    throw fail(field, `a type is a name or {Name: {properties}}; got ${describeYaml(value)}.`);
  };
  const list = (field: 'inputs' | 'outputs'): Doc[] => {
    const value = doc[field];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) throw fail([field], `${field} must be a list of {name, type, …}; got ${describeYaml(value)}.`);
    return value.map((entry, index) => {
      if (!isObject(entry)) throw fail([field, index], `each of ${field} must be a mapping {name, type, …}; got ${describeYaml(entry)}.`);
      return entry;
    });
  };

  const inputs: ComponentInput[] = list('inputs').map((entry, index) => {
    const raw = text(entry.name, ['inputs', index, 'name'], 'an input name');
    const type = typeOf(entry.type, ['inputs', index, 'type']);
    const fallback = entry.default;
    if (fallback !== undefined && fallback !== null && !['string', 'number', 'boolean'].includes(typeof fallback)) {
      throw fail(['inputs', index, 'default'], `a default is text (KFP keeps every default as text); got ${describeYaml(fallback)}.`, "Quote it: default: '{\"a\": 1}'.");
    }
    if (entry.optional !== undefined && typeof entry.optional !== 'boolean') throw fail(['inputs', index, 'optional'], `optional must be true or false; got ${describeYaml(entry.optional)}.`);
    const inputDescription = optionalText(entry.description, ['inputs', index, 'description'], 'a description');
    return {
      name: raw,
      key: declare('inputs', index, raw),
      ...(type !== undefined && { type }),
      ...(fallback !== undefined && fallback !== null && { default: String(fallback) }),
      optional: entry.optional === true,
      ...(inputDescription !== undefined && { description: inputDescription }),
    };
  });
  const outputs: ComponentOutput[] = list('outputs').map((entry, index) => {
    const raw = text(entry.name, ['outputs', index, 'name'], 'an output name');
    const type = typeOf(entry.type, ['outputs', index, 'type']);
    const outputDescription = optionalText(entry.description, ['outputs', index, 'description'], 'a description');
    return { name: raw, key: declare('outputs', index, raw), ...(type !== undefined && { type }), ...(outputDescription !== undefined && { description: outputDescription }) };
  });

  const implementation = doc.implementation;
  if (!isObject(implementation) || !isObject(implementation.container)) {
    const graph = isObject(implementation) && implementation.graph !== undefined;
    throw fail(['implementation', 'container'], graph ? 'a graph component (a pipeline of components) is not a single step.' : 'there is no container to run.', graph ? 'Load each component of the graph and chain them in a workflow().' : 'A component needs implementation: { container: { image, command, args } }.');
  }
  const container = implementation.container;
  for (const key of Object.keys(container)) {
    if (!CONTAINER_KEYS.has(key)) {
      throw componentError(source, key === 'fileOutputs' ? 'UNSUPPORTED_BY_BACKEND' : 'INVALID_FIELD', ['implementation', 'container', key], `"${key}" is not read by Couler (it reads ${[...CONTAINER_KEYS].join(', ')}).`, key === 'fileOutputs' ? 'Write the outputs with {outputPath: name} placeholders instead of fileOutputs.' : undefined);
    }
  }
  const image = text(container.image, ['implementation', 'container', 'image'], 'the image');
  if (image.trim() === '') throw fail(['implementation', 'container', 'image'], 'the image is empty.');

  const inputNames = new Map(inputs.map((input) => [input.name, input]));
  const outputNames = new Map(outputs.map((output) => [output.name, output]));
  const declared = (kind: 'input' | 'output', value: unknown, field: Field): string => {
    const named = text(value, field, `the ${kind} a placeholder names`);
    const known = kind === 'input' ? inputNames : outputNames;
    if (!known.has(named)) throw fail(field, `the placeholder names ${kind} "${named}", which ${kind}s does not declare (it declares ${[...known.keys()].map((n) => `"${n}"`).join(', ') || 'none'}).`);
    return named;
  };

  const condition = (value: unknown, field: Field): Condition => {
    if (typeof value === 'boolean') return value;
    if (value === 'true' || value === 'false') return value === 'true';
    if (isObject(value) && Object.keys(value).length === 1) {
      if ('isPresent' in value) return { isPresent: declared('input', value.isPresent, [...field, 'isPresent']) };
      if ('inputValue' in value) return { inputValue: declared('input', value.inputValue, [...field, 'inputValue']) };
    }
    throw fail(field, `a condition is {isPresent: input}, {inputValue: input} or true/false; got ${describeYaml(value)}.`);
  };
  const many = (value: unknown, field: Field): Placeholder[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value.map((item, index) => placeholder(item, [...field, index])) : [placeholder(value, field)]);
  const placeholder = (value: unknown, field: Field): Placeholder => {
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (!isObject(value) || Object.keys(value).length !== 1) throw fail(field, `a command-line element is text or one placeholder such as {inputValue: name}; got ${describeYaml(value)}.`);
    const [kind] = Object.keys(value) as [string];
    const body = value[kind];
    switch (kind) {
      case 'inputValue':
        return { inputValue: declared('input', body, [...field, kind]) };
      case 'inputPath':
        return { inputPath: declared('input', body, [...field, kind]) };
      case 'outputPath':
        return { outputPath: declared('output', body, [...field, kind]) };
      case 'concat':
        if (!Array.isArray(body)) throw fail([...field, kind], `concat takes a list; got ${describeYaml(body)}.`);
        return { concat: body.map((item, index) => placeholder(item, [...field, kind, index])) };
      case 'if': {
        if (!isObject(body) || body.cond === undefined || body.then === undefined) throw fail([...field, kind], 'if takes {cond, then, else}.');
        return { if: { cond: condition(body.cond, [...field, kind, 'cond']), ifTrue: many(body.then, [...field, kind, 'then']), ifFalse: many(body.else, [...field, kind, 'else']) } };
      }
      default:
        if (REMOTE_PLACEHOLDERS.has(kind)) {
          throw componentError(source, 'UNSUPPORTED_BY_BACKEND', [...field, kind], `{${kind}} asks for an artifact's remote location or metadata, which Couler does not give a step: it mounts artifacts as files.`, 'Use {inputPath: name} and {outputPath: name}, which every engine Couler compiles for provides.');
        }
        throw fail([...field, kind], `{${kind}} is not a KFP placeholder Couler knows (it knows ${PLACEHOLDERS.join(', ')}).`);
    }
  };
  const commandLine = (key: 'command' | 'args'): Placeholder[] => {
    const value = container[key];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) throw fail(['implementation', 'container', key], `${key} must be a list; got ${describeYaml(value)}.`);
    return value.map((item, index) => placeholder(item, ['implementation', 'container', key, index]));
  };
  const env: Record<string, string> = {};
  if (container.env !== undefined && container.env !== null) {
    if (!isObject(container.env)) throw fail(['implementation', 'container', 'env'], `env must be a mapping of names to text; got ${describeYaml(container.env)}.`);
    for (const [key, value] of Object.entries(container.env)) env[key] = typeof value === 'number' || typeof value === 'boolean' ? String(value) : text(value, ['implementation', 'container', 'env', key], 'an environment value');
  }

  return { name, ...(description !== undefined && { description }), inputs, outputs, image, command: commandLine('command'), args: commandLine('args'), env };
}

/** A YAML value, short, for messages. */
export function describeYaml(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  const shown = JSON.stringify(value);
  return shown.length > 60 ? `${shown.slice(0, 57)}…` : shown;
}
