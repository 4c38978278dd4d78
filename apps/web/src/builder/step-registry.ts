import { api, unwrap, type RegisteredStep, type StepRegistration } from '../api/api-client';
import type { DraftStep } from './draft';
import type { StepParametersSchema } from './form-schema';
import { entryOf, withDefaults } from './registered-entry';

/** Every step of the tenant's registry, page after page. */
export async function fetchRegisteredSteps(): Promise<RegisteredStep[]> {
  const steps: RegisteredStep[] = [];
  let cursor: string | undefined;
  do {
    const page = await unwrap(api.GET('/api/v1/steps', { params: { query: { limit: 500, ...(cursor !== undefined && { cursor }) } } }));
    steps.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return steps;
}

/** Registers a step, or changes the one of that name (`replace`). */
export async function saveRegisteredStep(step: StepRegistration, replace: boolean): Promise<RegisteredStep> {
  if (!replace) return unwrap(api.POST('/api/v1/steps', { body: step }));
  const { name, ...change } = step;
  return unwrap(api.PUT('/api/v1/steps/{name}', { params: { path: { name } }, body: change }));
}

export async function deleteRegisteredStep(name: string): Promise<void> {
  const { error } = await api.DELETE('/api/v1/steps/{name}', { params: { path: { name } } });
  if (error) throw error;
}

/** A registry name (DNS-1123 label) from a title: `Churn forest (50 trees)` → `churn-forest-50-trees`. */
export function stepNameOf(title: string): string {
  const name = title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 63).replace(/-+$/, '');
  return name || 'my-step';
}

/** What "Save as my step" registers for a node: its zoo entry with the node's values, or its own kind with them as defaults. */
export function registrationOf(title: string, step: DraftStep): StepRegistration {
  const entry = entryOf(step);
  const own = step.registered && step.registered.definition.kind !== 'zoo' ? step.registered : undefined;
  if (own) return { name: stepNameOf(title), title, description: own.description, definition: own.definition, parameters: withDefaults(own.parameters as StepParametersSchema, step.values) as StepRegistration['parameters'], outputs: [...own.outputs] };
  const zoo = step.registered?.definition.kind === 'zoo' ? step.registered.definition.zoo : step.zooId;
  return {
    name: stepNameOf(title),
    title,
    description: entry.description,
    definition: { kind: 'zoo', zoo, values: { ...step.values } },
    parameters: withDefaults(entry.schema, step.values) as StepRegistration['parameters'],
    outputs: [...entry.outputs],
  };
}
