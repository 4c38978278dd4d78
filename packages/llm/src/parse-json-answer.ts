import { jsonrepair } from 'jsonrepair';
import type { z } from 'zod';

export type ParsedAnswer<T> = { readonly ok: true; readonly value: T; readonly repairedLocally: boolean } | { readonly ok: false; readonly problem: string };

/**
 * Reads a JSON answer out of model text: the text itself, or inside a ```json fence, or from
 * the first `{`/`[` on. Text that is almost JSON (a trailing comma, single quotes, a cut-off
 * end) is repaired with `jsonrepair`; the result must then match `schema`, else `problem` says
 * where it does not, in words to send back to the model.
 */
export function parseJsonAnswer<T>(text: string, schema: z.ZodType<T>): ParsedAnswer<T> {
  const candidate = jsonCandidate(text);
  if (candidate === undefined) return { ok: false, problem: 'the answer holds no JSON value' };
  let value: unknown;
  let repairedLocally = false;
  try {
    value = JSON.parse(candidate);
  } catch (error) {
    try {
      value = JSON.parse(jsonrepair(candidate));
      repairedLocally = true;
    } catch {
      return { ok: false, problem: `the answer is not valid JSON (${(error as Error).message})` };
    }
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data, repairedLocally };
  const issues = parsed.error.issues.slice(0, 8).map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'the value'}: ${issue.message}`);
  return { ok: false, problem: `the JSON does not match the schema (${issues.join('; ')}${parsed.error.issues.length > 8 ? '; …' : ''})` };
}

function jsonCandidate(text: string): string | undefined {
  const fenced = /```(?:json)?\s*\n([\s\S]*?)(?:```|$)/.exec(text);
  const body = (fenced ? fenced[1]! : text).trim();
  const start = body.search(/[{[]/);
  if (start === -1) return undefined;
  return body.slice(start, balancedEnd(body, start));
}

/** Index just past the bracket closing the one at `start`, or the end when the text is cut off. */
function balancedEnd(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let index = start; index < text.length; index += 1) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth += 1;
    else if ((char === '}' || char === ']') && --depth === 0) return index + 1;
  }
  return text.length;
}
