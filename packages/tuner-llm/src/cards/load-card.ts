import { readFileSync } from 'node:fs';
import { CoulerError, formatPath, readDocument } from '@couler/ir';
import type { z } from 'zod';
import { DataCardSchema, type DataCard } from './data-card';
import { ModelCardSchema, type ModelCard } from './model-card';

/** Reads a Data Card from a JSON or YAML file. @throws CoulerError `LOAD_FAILED`, `INVALID_DOCUMENT`, `INVALID_FIELD`. */
export function loadDataCard(file: string): DataCard {
  return parseCard(readCardFile(file, 'Data Card'), DataCardSchema, `the Data Card ${file}`);
}

/** Reads a Model Card from a JSON or YAML file. @throws CoulerError `LOAD_FAILED`, `INVALID_DOCUMENT`, `INVALID_FIELD`. */
export function loadModelCard(file: string): ModelCard {
  return parseCard(readCardFile(file, 'Model Card'), ModelCardSchema, `the Model Card ${file}`);
}

/** Checks a card given as a value; every problem is named with its field. */
export function parseCard<T>(value: unknown, schema: z.ZodType<T>, source: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const errors = parsed.error.issues.map(
    (issue) => new CoulerError('INVALID_FIELD', `${capitalize(source)}: ${formatPath(issue.path as Array<string | number>) || 'the card'}: ${issue.message}.`, { path: issue.path as Array<string | number> }),
  );
  if (errors.length === 1) throw errors[0]!;
  throw new CoulerError('INVALID_FIELD', `${capitalize(source)} has ${errors.length} problems.`, { errors });
}

function readCardFile(file: string, kind: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CoulerError('LOAD_FAILED', `Cannot read the ${kind} ${file}: ${(error as Error).message}.`, { cause: error });
  }
  return readDocument(text);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
