import type { FieldValues } from './form-schema';

/** A step saved in this browser before the server had a step registry: a zoo entry with a user's settings. */
export interface BrowserStep {
  readonly title: string;
  readonly zooId: string;
  readonly values: FieldValues;
}

const KEY = 'couler.my-steps';

/** The steps this browser still keeps; the builder offers to upload them to the registry. */
export function readBrowserSteps(): BrowserStep[] {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(saved) ? (saved as BrowserStep[]).filter((step) => step && typeof step.title === 'string' && typeof step.zooId === 'string') : [];
  } catch {
    return [];
  }
}

/** Keeps only `left` (those an upload did not take, or none). */
export function keepBrowserSteps(left: ReadonlyArray<BrowserStep>): void {
  if (left.length === 0) localStorage.removeItem(KEY);
  else localStorage.setItem(KEY, JSON.stringify(left));
}
