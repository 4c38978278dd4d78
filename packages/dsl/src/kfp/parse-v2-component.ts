import { componentError, type ComponentSource } from './component-error';
import type { ComponentInput, ComponentOutput, ComponentSpec, Placeholder } from './component-spec';
import { componentKey, describeYaml } from './parse-v1-component';

type Field = ReadonlyArray<string | number>;
type Doc = Record<string, unknown>;

const isObject = (value: unknown): value is Doc => typeof value === 'object' && value !== null && !Array.isArray(value);

/** KFP v2 parameter types, as the v1 names loadComponent uses for both. */
const PARAMETER_TYPES: Readonly<Record<string, string>> = {
  STRING: 'String',
  NUMBER_INTEGER: 'Integer',
  NUMBER_DOUBLE: 'Float',
  BOOLEAN: 'Boolean',
  STRUCT: 'JsonObject',
  LIST: 'JsonArray',
};

/** `{{$.inputs.parameters['n']}}`, `{{$.inputs.artifacts['data'].path}}`, `{{$.outputs.artifacts['model'].path}}` … */
const PLACEHOLDER = /\{\{\$(?:\.(inputs|outputs)\.(parameters|artifacts)\['([^'\]]*)'\](?:\.([A-Za-z_]+))?)?\}\}/g;

/**
 * Reads the YAML KFP v2 compiles one component to (a `PipelineSpec` with one component and its
 * executor in `deploymentSpec`). Container components only: a Python function component runs
 * KFP's own executor (`{{$}}`), which needs KFP's runtime.
 */
export function parseV2Component(doc: Doc, source: ComponentSource, fallbackName: string): ComponentSpec {
  const fail = (field: Field, message: string, hint?: string) => componentError(source, 'INVALID_FIELD', field, message, hint);
  const spec = isObject(doc.pipelineSpec) ? doc.pipelineSpec : doc;
  const components = spec.components;
  if (!isObject(components) || Object.keys(components).length !== 1) {
    throw fail(['components'], `a single-component file holds exactly one component; this one holds ${isObject(components) ? Object.keys(components).length : 'none'}.`, 'Compile one component (kfp.compiler.Compiler().compile(component, path)), not a pipeline of several.');
  }
  const [componentName, component] = Object.entries(components)[0]!;
  if (!isObject(component)) throw fail(['components', componentName], `a component is a mapping; got ${describeYaml(component)}.`);
  const executors = isObject(spec.deploymentSpec) ? spec.deploymentSpec.executors : undefined;
  const executorLabel = component.executorLabel;
  if (typeof executorLabel !== 'string' || !isObject(executors) || !isObject(executors[executorLabel])) {
    throw fail(['deploymentSpec', 'executors'], `there is no executor ${JSON.stringify(executorLabel)} for component "${componentName}".`);
  }
  const container = (executors[executorLabel] as Doc).container;
  const at: Field = ['deploymentSpec', 'executors', executorLabel, 'container'];
  if (!isObject(container)) throw fail(at, 'the executor runs no container (an importer or a resolver is not a step Couler runs).');
  if (typeof container.image !== 'string' || container.image.trim() === '') throw fail([...at, 'image'], `the image must be text; got ${describeYaml(container.image)}.`);

  const keys = new Set<string>();
  const declared = (list: string, name: string) => {
    const key = componentKey(name);
    if (key === '' || keys.has(key)) throw fail(['components', componentName, list, name], `the name "${name}" is empty or not distinct once made a Couler name ("${key}").`);
    keys.add(key);
    return key;
  };
  const definitions = (which: 'inputDefinitions' | 'outputDefinitions') => {
    const value = component[which];
    return { parameters: isObject(value) && isObject(value.parameters) ? value.parameters : {}, artifacts: isObject(value) && isObject(value.artifacts) ? value.artifacts : {} };
  };
  const parameterType = (value: unknown, field: Field) => {
    const type = isObject(value) ? value.parameterType : undefined;
    if (typeof type !== 'string' || PARAMETER_TYPES[type] === undefined) throw fail([...field, 'parameterType'], `the parameter type must be one of ${Object.keys(PARAMETER_TYPES).join(', ')}; got ${describeYaml(type)}.`);
    return PARAMETER_TYPES[type]!;
  };
  const artifactType = (value: unknown, field: Field): string | undefined => {
    const title = isObject(value) && isObject(value.artifactType) ? value.artifactType.schemaTitle : undefined;
    if (title === undefined) return undefined;
    if (typeof title !== 'string') throw fail([...field, 'artifactType', 'schemaTitle'], `the schema title must be text; got ${describeYaml(title)}.`);
    return title.startsWith('system.') ? title.slice('system.'.length) : title;
  };
  const description = (value: unknown) => (isObject(value) && typeof value.description === 'string' ? { description: value.description } : {});

  const inputDefinitions = definitions('inputDefinitions');
  const inputs: ComponentInput[] = [
    ...Object.entries(inputDefinitions.parameters).map(([name, value]) => {
      const field = ['components', componentName, 'inputDefinitions', 'parameters', name];
      const type = parameterType(value, field);
      const fallback = isObject(value) ? value.defaultValue : undefined;
      return {
        name,
        key: declared('inputDefinitions', name),
        type,
        ...(fallback !== undefined && fallback !== null && { default: typeof fallback === 'string' ? fallback : JSON.stringify(fallback) }),
        optional: isObject(value) && (value.isOptional === true || fallback !== undefined),
        ...description(value),
      };
    }),
    ...Object.entries(inputDefinitions.artifacts).map(([name, value]) => {
      const type = artifactType(value, ['components', componentName, 'inputDefinitions', 'artifacts', name]);
      return { name, key: declared('inputDefinitions', name), ...(type !== undefined && { type }), optional: isObject(value) && value.isOptional === true, ...description(value) };
    }),
  ];
  const outputDefinitions = definitions('outputDefinitions');
  const outputs: ComponentOutput[] = [
    ...Object.entries(outputDefinitions.parameters).map(([name, value]) => ({ name, key: declared('outputDefinitions', name), type: parameterType(value, ['components', componentName, 'outputDefinitions', 'parameters', name]), ...description(value) })),
    ...Object.entries(outputDefinitions.artifacts).map(([name, value]) => {
      const type = artifactType(value, ['components', componentName, 'outputDefinitions', 'artifacts', name]);
      return { name, key: declared('outputDefinitions', name), ...(type !== undefined && { type }), ...description(value) };
    }),
  ];
  const inputNames = new Set(inputs.map((input) => input.name));
  const outputNames = new Set(outputs.map((output) => output.name));

  /** One string of the command line: literal text and `{{$…}}` placeholders, or KFP's JSON IfPresent/Concat. */
  const fromString = (text: string, field: Field): Placeholder => {
    const trimmed = text.trim();
    if (trimmed.startsWith('{"IfPresent"') || trimmed.startsWith('{"Concat"')) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(trimmed);
      } catch {
        throw fail(field, `${trimmed.slice(0, 12)}… is not valid JSON.`);
      }
      return fromJson(parsed, field);
    }
    const parts: Placeholder[] = [];
    let last = 0;
    for (const match of text.matchAll(PLACEHOLDER)) {
      if (match.index > last) parts.push(text.slice(last, match.index));
      parts.push(placeholderOf(match, field));
      last = match.index + match[0].length;
    }
    if (last < text.length) parts.push(text.slice(last));
    if (parts.length === 1) return parts[0]!;
    return { concat: parts };
  };
  const placeholderOf = (match: RegExpMatchArray, field: Field): Placeholder => {
    const [whole, direction, kind, name, attribute] = match;
    if (direction === undefined) {
      throw componentError(source, 'UNSUPPORTED_BY_BACKEND', field, `${whole} hands the step KFP's executor input, which only KFP's own runtime (a Python function component) reads.`, 'Load a container component (@dsl.container_component), whose command line names its inputs and outputs.');
    }
    const known = direction === 'inputs' ? inputNames : outputNames;
    if (!known.has(name!)) throw fail(field, `${whole} names ${direction.slice(0, -1)} "${name}", which the component does not declare.`);
    if (direction === 'inputs' && kind === 'parameters' && attribute === undefined) return { inputValue: name! };
    if (direction === 'inputs' && kind === 'artifacts' && attribute === 'path') return { inputPath: name! };
    if (direction === 'outputs' && ((kind === 'artifacts' && attribute === 'path') || (kind === 'parameters' && attribute === 'output_file'))) return { outputPath: name! };
    if (attribute === 'uri' || attribute === 'metadata') {
      throw componentError(source, 'UNSUPPORTED_BY_BACKEND', field, `${whole} asks for an artifact's remote ${attribute}, which Couler does not give a step: it mounts artifacts as files.`, 'Use the .path placeholder.');
    }
    throw fail(field, `${whole} is not a placeholder Couler knows.`);
  };
  const fromJson = (value: unknown, field: Field): Placeholder => {
    if (typeof value === 'string') return fromString(value, field);
    if (isObject(value) && Array.isArray(value.Concat)) return { concat: value.Concat.map((part) => fromJson(part, field)) };
    if (isObject(value) && isObject(value.IfPresent)) {
      const { InputName, Then, Else } = value.IfPresent;
      if (typeof InputName !== 'string' || !inputNames.has(InputName)) throw fail(field, `IfPresent names input ${JSON.stringify(InputName)}, which the component does not declare.`);
      const list = (branch: unknown) => (branch === undefined ? [] : Array.isArray(branch) ? branch.map((part) => fromJson(part, field)) : [fromJson(branch, field)]);
      return { if: { cond: { isPresent: InputName }, ifTrue: list(Then), ifFalse: list(Else) } };
    }
    throw fail(field, `${describeYaml(value)} is not a KFP command-line element (text, {"Concat": …} or {"IfPresent": …}).`);
  };
  const commandLine = (key: 'command' | 'args') => {
    const value = container[key];
    if (value === undefined) return [];
    if (!Array.isArray(value)) throw fail([...at, key], `${key} must be a list; got ${describeYaml(value)}.`);
    return value.map((item, index) => (typeof item === 'string' ? fromString(item, [...at, key, index]) : fromJson(item, [...at, key, index])));
  };
  const env: Record<string, string> = {};
  if (container.env !== undefined) {
    if (!Array.isArray(container.env)) throw fail([...at, 'env'], 'env must be a list of {name, value}.');
    for (const [index, entry] of container.env.entries()) {
      if (!isObject(entry) || typeof entry.name !== 'string' || typeof entry.value !== 'string') throw fail([...at, 'env', index], 'each env entry is {name, value} with text values.');
      env[entry.name] = entry.value;
    }
  }
  const pipelineInfo = isObject(spec.pipelineInfo) ? spec.pipelineInfo : {};
  const name = typeof pipelineInfo.name === 'string' ? pipelineInfo.name : componentName.replace(/^comp-/, '') || fallbackName;
  return {
    name,
    ...(typeof pipelineInfo.description === 'string' && { description: pipelineInfo.description }),
    inputs,
    outputs,
    image: container.image,
    command: commandLine('command'),
    args: commandLine('args'),
    env,
  };
}
