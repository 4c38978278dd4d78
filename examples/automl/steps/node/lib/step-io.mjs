// What every step script shares: reading its arguments, JSON files in and out, failing clearly.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute } from 'node:path';

/** Stops the step with a message that says what to fix (the engine shows the last log lines). */
export function fail(message) {
  process.stderr.write(`error: ${message}\n`);
  process.exit(1);
}

/** The step's positional arguments by name; a missing one stops the step with its usage. */
export function stepArguments(script, names) {
  const values = process.argv.slice(2);
  if (values.length !== names.length) fail(`usage: ${script} ${names.map((name) => `<${name}>`).join(' ')} (got ${values.length} arguments)`);
  return Object.fromEntries(names.map((name, index) => [name, values[index]]));
}

export function readJson(path, what) {
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    fail(`cannot read ${what} at ${path}: ${error.message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    fail(`${what} at ${path} is not JSON: ${error.message}`);
  }
}

/** Parses an argument that carries JSON (map items, lists of other steps' outputs). */
export function parseJsonArgument(text, what) {
  try {
    return JSON.parse(text);
  } catch (error) {
    fail(`${what} is not JSON (${error.message}): ${text.slice(0, 120)}`);
  }
}

export function writeJson(path, value) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

export function writeText(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** A number argument within bounds. */
export function numberArgument(text, name, { min, max, integer = false }) {
  const value = Number(text);
  if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
    fail(`${name} must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}; got ${JSON.stringify(text)}`);
  }
  return value;
}

/** Rounded for the report and for outputs that must be identical run after run. */
export const round4 = (value) => Math.round(value * 10000) / 10000;

/** The report directory must be absolute: a step's working directory is its own, not the user's. */
export function reportDirArgument(text) {
  if (!isAbsolute(text)) fail(`report-dir must be an absolute path (steps run in their own working directories); got ${JSON.stringify(text)}`);
  return text;
}
