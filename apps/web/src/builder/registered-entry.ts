import type { RegisteredStep } from '../api/api-client';
import type { DraftStep } from './draft';
import type { FieldValues, StepParametersSchema } from './form-schema';
import { STEP_ZOO, type StepBody, type ZooEntry } from './step-zoo';

/** What a node keeps of the registered step it was placed from: enough to build it without the server. */
export type RegisteredStepData = Pick<RegisteredStep, 'name' | 'title' | 'description' | 'definition' | 'parameters' | 'outputs'>;

const quoted = (text: unknown) => JSON.stringify(String(text));

/** The zoo entry a registered step specializes, if the zoo has it. */
export const baseEntryOf = (step: RegisteredStepData): ZooEntry | undefined =>
  step.definition.kind === 'zoo' ? STEP_ZOO.find((entry) => entry.id === (step.definition as { zoo: string }).zoo) : undefined;

/** The schema with each field's default set to `values` (a registered zoo step's form starts from its own values). */
export function withDefaults(schema: StepParametersSchema, values: FieldValues): StepParametersSchema {
  return { ...schema, properties: Object.fromEntries(Object.entries(schema.properties).map(([key, field]) => [key, values[key] === undefined ? field : { ...field, default: values[key] }])) };
}

/** Its own container or script: each parameter reaches the step as an environment variable of the same name. */
function ownEntry(step: RegisteredStepData): ZooEntry {
  const definition = step.definition;
  if (definition.kind === 'zoo') throw new Error('not an own kind');
  const env = (values: FieldValues) => Object.keys(step.parameters.properties).filter((key) => values[key] !== undefined && values[key] !== '').map((key) => ({ name: key, value: String(values[key]) }));
  return {
    id: `registered:${step.name}`,
    title: step.title,
    group: 'My steps',
    description: step.description || `A registered ${definition.kind} step.`,
    schema: step.parameters as StepParametersSchema,
    outputs: step.outputs,
    body(values): StepBody {
      const variables = env(values);
      const runs = definition.kind === 'container'
        ? { kind: 'container', container: { image: definition.image, ...(definition.command && { command: definition.command }), ...(definition.args && { args: definition.args }) } }
        : { kind: 'script', script: { image: definition.image, command: definition.command ?? ['sh'], source: definition.source } };
      return { ...runs, ...(variables.length > 0 && { env: variables }) } as StepBody;
    },
    code(values) {
      const variables = env(values);
      const words = (list: ReadonlyArray<string> | undefined) => `[${(list ?? []).map(quoted).join(', ')}]`;
      const options: Record<string, string> = definition.kind === 'container'
        ? { image: quoted(definition.image), command: words(definition.command), args: words(definition.args) }
        : { image: quoted(definition.image), command: quoted((definition.command ?? ['sh']).join(' ')), source: quoted(definition.source) };
      if (variables.length > 0) options.env = `{ ${variables.map((variable) => `${variable.name}: ${quoted(variable.value)}`).join(', ')} }`;
      return { call: definition.kind === 'container' ? 'runContainer' : 'runScript', options };
    },
  };
}

/** The zoo entry of a registered step: its base entry under its own title and values, or its own container or script. */
export function registeredEntry(step: RegisteredStepData): ZooEntry | undefined {
  if (step.definition.kind !== 'zoo') return ownEntry(step);
  const base = baseEntryOf(step);
  if (!base) return undefined;
  return { ...base, id: `registered:${step.name}`, title: step.title, group: 'My steps', description: step.description || base.description, schema: withDefaults(base.schema, step.definition.values) };
}

/** The entry a node is drawn and built from. */
export function entryOf(step: Pick<DraftStep, 'zooId' | 'registered'>): ZooEntry {
  const entry = step.registered ? registeredEntry(step.registered) : STEP_ZOO.find((candidate) => candidate.id === step.zooId);
  if (!entry) throw new Error(`No zoo entry "${step.zooId}".`);
  return entry;
}
