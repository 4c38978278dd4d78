import type { ArtifactLocation, Step, Workflow } from '@couler/ir';
import { container, irWorkflow, output } from './ir';

/** Text that breaks naive quoting in a shell, a Python literal, Jinja and a URL. */
export const HOSTILE_TEXT = 'line 1\nit\'s "quoted" $(not run) `id` {{ not rendered }} {% raw %} ünïcode ✓\n\n';
/** An object key with the same, plus what a URL would read as query, fragment or escape. */
export const HOSTILE_KEY = 'runs/it\'s "a b" $(touch pwned) {{ x }} ünï ✓/100% ?q=1#frag+plus.txt';

/**
 * `produce` writes `path` (a file holding `text`, or a directory `a.txt` + `sub dir/b's.txt`) as its
 * output artifact at `location`; `consume` reads it back from there, at `path` + " read", as an input.
 */
export function locatedRoundTrip(name: string, location: ArtifactLocation, path: string, kind: 'file' | 'directory', text = HOSTILE_TEXT): Workflow {
  const write =
    kind === 'file'
      ? 'mkdir -p "$(dirname "$OUT")" && printf "%s" "$TEXT" > "$OUT"'
      : 'mkdir -p "$OUT/sub dir" && printf "%s" "$TEXT" > "$OUT/a.txt" && printf "b\'s" > "$OUT/sub dir/b\'s.txt"';
  return irWorkflow(name, [
    container('produce', { env: [{ name: 'OUT', value: path }, { name: 'TEXT', value: text }], outputs: { artifacts: [{ name: 'data', path, location }] } }, { command: ['sh', '-c'], args: [write] }),
    container('consume', { inputs: { artifacts: [{ name: 'data', path: `${path} read`, from: output('produce', 'data') }] } }, { command: ['true'], args: [] }),
  ] as Step[]);
}
