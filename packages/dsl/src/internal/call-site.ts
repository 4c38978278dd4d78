import { fileURLToPath } from 'node:url';
import type { SourceLocation } from '@couler/ir';

/**
 * Where the user called the DSL. Errors point there, not into Couler, as a compiler would.
 * V8 records the stack when an Error is made and formats it only when `stack` is read, so
 * `captureCallSite` is cheap; the text is parsed only when an error needs it.
 */
export interface CallSite {
  /** The user's file, line and column, when the stack shows one. */
  readonly location: SourceLocation | undefined;
  /** Name of the user's function that made the call (`trainModel`), when it has one. */
  readonly functionName: string | undefined;
}

export type CapturedStack = Error;

/**
 * Frames kept per call: this function, the DSL call, and the user's frames around it (the
 * construct's own frames, inScope and the like, sit between them). V8's default is 10; each
 * frame costs time and keeps its function alive until the build ends, paid for every step.
 */
const CALL_SITE_FRAMES = 8;

export function captureCallSite(): CapturedStack {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = CALL_SITE_FRAMES;
  const stack = new Error();
  Error.stackTraceLimit = limit;
  return stack;
}

// Frames from the DSL's own files are skipped: in the published package that is one bundle
// (dist/index.js or index.cjs), in the workspace every file under src/ except tests.
const ownFile = parseFrame(new Error().stack?.split('\n')[1] ?? '')?.file;
const ownRoot = ownFile ? ownFile.replace(/[\\/](src|dist)[\\/].*$/, '/$1/') : undefined;

/**
 * One line of a V8 stack: `at fn (file:line:col)`, `at file:line:col`, `at async fn (…)`. A path
 * may hold spaces and parentheses (`/Users/Ann Lee/ml (copy)/wf.ts`): the location is what the
 * last balanced parentheses hold, or all after `at`, and ends at `:line:column`. A `file://` URL
 * (an ES module's frame) is turned back into its path.
 */
export function parseFrame(text: string): { file: string; line: number; column: number; functionName: string | undefined } | undefined {
  const trimmed = text.trim();
  if (!trimmed.startsWith('at ')) return undefined;
  const body = trimmed.slice(3).replace(/^async /, '');
  let functionName: string | undefined;
  let location = body;
  if (body.endsWith(')')) {
    let depth = 0;
    for (let at = body.length - 1; at >= 0; at--) {
      if (body[at] === ')') depth++;
      else if (body[at] === '(' && --depth === 0) {
        functionName = body.slice(0, at).trim() || undefined;
        location = body.slice(at + 1, -1);
        break;
      }
    }
  }
  const position = /:(\d+):(\d+)$/.exec(location);
  // `eval at …` frames and `native` ones name no file of the user's.
  if (!position || location.startsWith('eval at ')) return undefined;
  let file = location.slice(0, position.index);
  if (file.startsWith('file://')) {
    try {
      file = fileURLToPath(file);
    } catch {
      return undefined;
    }
  }
  return { file, line: Number(position[1]), column: Number(position[2]), functionName };
}

function isOwnFrame(file: string): boolean {
  if (ownRoot === undefined) return false;
  const normalized = file.replace(/\\/g, '/');
  return normalized.startsWith(ownRoot.replace(/\\/g, '/')) && !/\.test\.[cm]?[jt]s$/.test(normalized);
}

const ANONYMOUS = new Set(['<anonymous>', 'Object.<anonymous>', 'eval', 'new <anonymous>']);

/** The frames of the user's code in `stack`, innermost first (the DSL's and Node's own skipped). */
function userFrames(stack: CapturedStack | undefined): Array<{ location: SourceLocation; functionName: string | undefined }> {
  const frames = [];
  for (const line of stack?.stack?.split('\n').slice(1) ?? []) {
    const frame = parseFrame(line);
    if (!frame) continue;
    const { file } = frame;
    if (file.startsWith('node:') || file.includes('node_modules/.pnpm/vitest') || isOwnFrame(file)) continue;
    frames.push({ location: { file, line: frame.line, column: frame.column }, functionName: declaredName(frame.functionName) });
  }
  return frames;
}

export function resolveCallSite(stack: CapturedStack | undefined): CallSite {
  return userFrames(stack)[0] ?? { location: undefined, functionName: undefined };
}

/**
 * Where two calls that made the same thing part ways: the innermost user frames that differ.
 * A function with a fixed `stepName` called twice shows the two lines that call it, not the
 * line inside it that both share. Calls that differ nowhere (one line run twice, in a loop)
 * give that one line.
 */
export function whereCallsDiffer(later: CapturedStack | undefined, earlier: CapturedStack | undefined): SourceLocation[] {
  const a = userFrames(later);
  const b = userFrames(earlier);
  const same = (x: SourceLocation, y: SourceLocation) => x.file === y.file && x.line === y.line && x.column === y.column;
  for (let index = 0; index < Math.min(a.length, b.length); index += 1) {
    if (!same(a[index]!.location, b[index]!.location)) return [a[index]!.location, b[index]!.location];
  }
  return a[0] ? [a[0].location] : [];
}

/** Says which of `whereCallsDiffer`'s locations is which, for the message. */
export function whichCallIsWhich(locations: ReadonlyArray<SourceLocation>): string {
  return locations.length === 2 ? ' The first location below is the later call, the second the earlier one.' : ' Both come from one line, run twice (a loop?).';
}

/**
 * The name the user gave the calling function: `trainModel`, or `Trainer.fit` → `fit`. V8 also
 * invents names for anonymous functions from their surroundings (`runContainer.image` for an
 * arrow inside an object literal); those are not the user's, so only a plain name or a method
 * of a capitalised receiver (a class, `Object`) counts.
 */
function declaredName(raw: string | undefined): string | undefined {
  const name = raw?.replace(/^new /, '').replace(/ \[as [^\]]+\]$/, '');
  if (!name || ANONYMOUS.has(name) || name.includes('<')) return undefined;
  const parts = name.split('.');
  if (parts.length === 1) return name;
  return parts.length === 2 && /^[A-Z]/.test(parts[0]!) ? parts[1] : undefined;
}
