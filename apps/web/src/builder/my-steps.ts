import type { FieldValues } from './form-schema';

/** A step a user saved from the builder: a basic zoo entry with their own settings, under their own title. */
export interface MyStep {
  readonly title: string;
  readonly zooId: string;
  readonly values: FieldValues;
}

const KEY = 'couler.my-steps';

/** The steps saved in this browser (not shared with the tenant: the server has no step registry yet). */
export function readMySteps(): MyStep[] {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(saved) ? (saved as MyStep[]) : [];
  } catch {
    return [];
  }
}

/** Saves `step`, replacing one of the same title. */
export function saveMyStep(step: MyStep): MyStep[] {
  const next = [...readMySteps().filter((saved) => saved.title !== step.title), step];
  localStorage.setItem(KEY, JSON.stringify(next));
  return next;
}
