/**
 * Records keyed by names users choose (parameters, outputs, inputs, map item fields). A plain
 * `{}` answers `constructor` or `toString` with Object's own functions and silently drops a key
 * named `__proto__`; these records have no prototype, and reads go through `ownValue`.
 */
export function userKeyed<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** The value stored under `key` itself, never one inherited from Object.prototype. */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
