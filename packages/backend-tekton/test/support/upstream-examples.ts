import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';

export const UPSTREAM_EXAMPLES = join(import.meta.dirname, '..', 'upstream', 'tekton-examples');

export function upstreamFiles(): string[] {
  return readdirSync(UPSTREAM_EXAMPLES).filter((file) => file.endsWith('.yaml')).sort();
}

export function upstreamText(file: string): string {
  return readFileSync(join(UPSTREAM_EXAMPLES, file), 'utf8');
}

/** The documents of one upstream example file, read as kubectl reads them (YAML 1.1). */
export function upstreamDocuments(file: string): Array<Record<string, unknown>> {
  return parseAllDocuments(upstreamText(file), { version: '1.1' })
    .map((document) => document.toJS() as Record<string, unknown> | null)
    .filter((document): document is Record<string, unknown> => document !== null);
}
