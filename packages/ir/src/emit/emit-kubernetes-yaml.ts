/**
 * Kubernetes documents (Argo, Tekton, …) as YAML the way kubectl and the engines' CLIs read it:
 * sigs.k8s.io/yaml, that is
 * go-yaml v2, YAML 1.1. A string is written plain only when it has no character with a meaning
 * in YAML and no YAML 1.1 reader could take it for something else (`yes`, `on`, `0755`,
 * `1_000`, `12:30`, `2001-12-14`, `~`, …); multi-line text is a literal block scalar; anything
 * else is double-quoted with JSON-style escapes (valid YAML 1.1 and 1.2). Nothing is folded or
 * wrapped, and keys keep the order the compiler gave them: the same document gives the same
 * bytes.
 *
 * A purpose-built emitter for the plain data the compiler produces (objects, arrays, strings,
 * finite numbers, booleans): about twenty times faster than a general YAML library on 10,000
 * steps, which matters for the workflows Couler is meant to split.
 */
export function emitKubernetesYaml(documents: ReadonlyArray<object> | object): string {
  const list: ReadonlyArray<object> = Array.isArray(documents) ? documents : [documents];
  return list
    .map((document) => {
      const out: string[] = [];
      emitNode(document, '', out);
      return `${out.join('\n')}\n`;
    })
    .join('---\n');
}

/** YAML 1.1 words that are booleans or null, in any case a 1.1 reader accepts. */
const RESERVED_WORDS = new Set(['y', 'n', 'yes', 'no', 'on', 'off', 'true', 'false', 'null']);

/**
 * Plain scalars: a letter, `_` or `/` first (or one or two `-` and a letter: `-c`, `--lr=0.1`),
 * then words of letters, digits and punctuation that means nothing inside a block-context plain
 * scalar, separated by single spaces; never a `#`, never `: ` or a final `:`. Nothing such is a
 * number, timestamp, null, anchor, alias, tag, comment or indicator in YAML 1.1 or 1.2; the
 * 1.1 booleans (`yes`, `on`, `y`, …) are refused by name.
 */
const PLAIN = /^(?:[A-Za-z_/]|--?[A-Za-z])[-A-Za-z0-9_./@+=:,()'"?!%&*|<>{}[\]~^$\\]*(?: [-A-Za-z0-9_./@+=:,()'"?!%&*|<>{}[\]~^$\\]+)*$/;

/** Kubernetes quantities and Go durations (`10Gi`, `500m`, `30s`): strings in YAML 1.1 and 1.2. */
const UNIT = /^[0-9]+(?:\.[0-9]+)?(?:Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|s|h|d|ms|us|ns)$/;

export function isPlainSafe(text: string): boolean {
  if (UNIT.test(text)) return true;
  if (!PLAIN.test(text)) return false;
  if (text.endsWith(':') || text.includes(': ')) return false;
  return !RESERVED_WORDS.has(text.toLowerCase());
}

/** Characters a literal block cannot hold as is (YAML 1.1 line breaks, controls, BOM). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this pattern's job.
const NOT_IN_BLOCK = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ud800-\udfff]/;

function blockSafe(text: string): boolean {
  if (!text.includes('\n') || NOT_IN_BLOCK.test(text)) return false;
  // A first line that starts with a blank would need an indentation indicator; quote instead.
  if (/^\n*[ \t]/.test(text)) return false;
  // Trailing blanks and blank-only lines are trimmed or read as indentation by some readers.
  return text.split('\n').every((line) => !/[ \t]$/.test(line)) && /[^\n]/.test(text);
}

/** Double-quoted, JSON escapes plus those of YAML 1.1 line breaks JSON leaves raw. */
function quote(text: string): string {
  return JSON.stringify(text).replace(/[\u0085\u2028\u2029\ufeff\u007f-\u009f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function scalar(value: string | number | boolean): string {
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`Cannot write ${value} in Kubernetes YAML.`);
    const text = String(value);
    // YAML 1.1 floats need a dot: 1e-7 is written 1.0e-7.
    return /e/.test(text) && !text.includes('.') ? text.replace('e', '.0e') : text;
  }
  return isPlainSafe(value) ? value : quote(value);
}

/** A literal block scalar: `|` keeps one final line break, `|-` none, `|+` all of them. */
function blockLines(text: string, indent: string): { header: string; lines: string[] } {
  const trailing = /\n*$/.exec(text)![0].length;
  const chomp = trailing === 0 ? '-' : trailing === 1 ? '' : '+';
  const body = trailing === 0 ? text : text.slice(0, -1);
  const lines = body.split('\n').map((line) => (line === '' ? '' : `${indent}  ${line}`));
  return { header: `|${chomp}`, lines };
}

/**
 * Appends the lines of `value` at `indent` to `out` (a mapping or sequence starts on its own
 * lines). `first` replaces the indentation of the first line: `- ` for a sequence item.
 */
function emitNode(value: unknown, indent: string, out: string[], first = indent): void {
  let lead = first;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      out.push(`${lead}[]`);
      return;
    }
    for (const item of value) {
      if (isCollection(item) && !isEmpty(item)) emitNode(item, `${indent}  `, out, `${lead}- `);
      else inlineValue(`${lead}-`, item, indent, out);
      lead = indent;
    }
    return;
  }
  let empty = true;
  for (const key in value as Record<string, unknown>) {
    const item = (value as Record<string, unknown>)[key];
    if (item === undefined) continue;
    empty = false;
    const label = `${lead}${scalar(key)}:`;
    lead = indent;
    if (isCollection(item)) {
      if (isEmpty(item)) out.push(`${label} ${Array.isArray(item) ? '[]' : '{}'}`);
      else {
        out.push(label);
        emitNode(item, `${indent}  `, out);
      }
    } else inlineValue(label, item, indent, out);
  }
  if (empty) out.push(`${lead}{}`);
}

function isCollection(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

function isEmpty(value: object): boolean {
  if (Array.isArray(value)) return value.length === 0;
  for (const key in value) if ((value as Record<string, unknown>)[key] !== undefined) return false;
  return true;
}

function inlineValue(label: string, value: unknown, indent: string, out: string[]): void {
  if (typeof value === 'string' && blockSafe(value)) {
    const { header, lines } = blockLines(value, indent);
    out.push(`${label} ${header}`);
    for (const line of lines) out.push(line);
    return;
  }
  if (isCollection(value)) {
    out.push(`${label} ${Array.isArray(value) ? '[]' : '{}'}`);
    return;
  }
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
    throw new TypeError(`Cannot write ${value === null ? 'null' : typeof value} in Kubernetes YAML.`);
  }
  out.push(`${label} ${scalar(value)}`);
}
