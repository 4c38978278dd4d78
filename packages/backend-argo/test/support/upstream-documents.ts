import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';

export const UPSTREAM_EXAMPLES = join(import.meta.dirname, '..', 'upstream', 'argo-examples');

/** Every document of Argo's example files shipped with the tests, read as kubectl reads them. */
export function upstreamDocuments(): Array<{ file: string; index: number; document: Record<string, unknown> }> {
  return readdirSync(UPSTREAM_EXAMPLES)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .flatMap((file) =>
      parseAllDocuments(readFileSync(join(UPSTREAM_EXAMPLES, file), 'utf8'), { version: '1.1' }).map((document, index) => ({
        file,
        index,
        document: document.toJS() as Record<string, unknown>,
      })),
    );
}
