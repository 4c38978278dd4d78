export { NameAllocator } from '@couler/ir';

/** Task result names: `^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$`. Anything else becomes `-`. */
export function resultNameFor(text: string): string {
  const cleaned = text.replace(/[^-A-Za-z0-9_.]+/g, '-').replace(/^[-_.]+|[-_.]+$/g, '');
  return cleaned || 'value';
}

/** Task param names: `^[_a-zA-Z][_a-zA-Z0-9-]*$` (no dots, so they never read as object keys). */
export function paramNameFor(text: string): string {
  const cleaned = text.replace(/[^-A-Za-z0-9_]+/g, '-').replace(/^[-0-9]+|-+$/g, '');
  return cleaned || 'value';
}
