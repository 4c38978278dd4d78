export type DocumentPath = Array<string | number>;

export interface DocumentVisitor {
  /** Each string value, with its path. */
  text?(value: string, path: DocumentPath): void;
  /** Each object key, with the path ending in it; `false` skips its value. */
  key?(key: string, path: DocumentPath): boolean | undefined;
  /** Checked before each value: `true` ends the walk (a rule that has reported enough). */
  done?(): boolean;
}

/**
 * Walks a plain-data document depth first. The path is one array, pushed and popped as the walk
 * goes (copying it per node would cost O(depth) each): copy it to keep it.
 */
export function walkDocument(root: unknown, visitor: DocumentVisitor): void {
  const path: DocumentPath = [];
  const visit = (value: unknown): void => {
    if (visitor.done?.()) return;
    if (typeof value === 'string') {
      visitor.text?.(value, path);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        path.push(index);
        visit(value[index]);
        path.pop();
      }
      return;
    }
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      path.push(key);
      if (visitor.key?.(key, path) !== false) visit((value as Record<string, unknown>)[key]);
      path.pop();
    }
  };
  visit(root);
}
