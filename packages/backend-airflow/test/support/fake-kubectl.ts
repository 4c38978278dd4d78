import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LooseJson } from './loose-json';

export interface FakeKubectl {
  /** Put first on the pod's PATH: `kubectl` and a `sleep` that counts polls instead of sleeping. */
  readonly dir: string;
  /** The manifest kubectl was given, as text; undefined when nothing was created. */
  manifest(): string | undefined;
  /** Every kubectl command line. */
  calls(): string[];
  /** How often the pod slept between polls. */
  polls(): number;
}

/**
 * A `kubectl` answering as the API server would for the one object a step creates: `create`,
 * `apply`, `patch`, `replace` or `delete -f F [-o name]` keep F and print `name`; each
 * `get NAME -o jsonpath=…` reads the object as it is at that poll (`states` served in turn, the
 * last one repeated, each with `metadata.name` and `metadata.uid` filled in), with kubectl's
 * JSONPath for keys, indexes and `[?(@.key=="value")]` filters; a missing field prints nothing,
 * or fails as kubectl does with --allow-missing-template-keys=false; a `null` state is an
 * object that is gone.
 */
export function fakeKubectl(name: string, states: ReadonlyArray<unknown>): FakeKubectl {
  const dir = mkdtempSync(join(tmpdir(), 'couler-kubectl-'));
  writeFileSync(join(dir, 'states.json'), JSON.stringify(states));
  writeFileSync(join(dir, 'polls'), '0');
  writeFileSync(
    join(dir, 'kubectl'),
    `#!/usr/bin/env python3
import json, re, shutil, sys
args = sys.argv[1:]
open(${JSON.stringify(join(dir, 'calls'))}, 'a').write(json.dumps(args) + '\\n')
name = ${JSON.stringify(name)}
if '-f' in args:
    shutil.copy(args[args.index('-f') + 1], ${JSON.stringify(join(dir, 'manifest'))})
    print(name)
    sys.exit(0)
states = json.load(open(${JSON.stringify(join(dir, 'states.json'))}))
polls = int(open(${JSON.stringify(join(dir, 'polls'))}).read())
state = states[min(polls, len(states) - 1)]
if state is None:
    print('Error from server (NotFound): %s not found' % name, file=sys.stderr)
    sys.exit(1)
state = dict(state, metadata={'name': name.split('/')[-1], 'uid': '5f0c-uid'})
option = args[args.index('-o') + 1]
path = option[len('jsonpath='):]
strict = '--allow-missing-template-keys=false' in args
values = [state]
for key, index, field, wanted in re.findall(r'\\.([^.\\[\\]{}]+)|\\[(\\d+)\\]|\\[\\?\\(@\\.(\\w+)=="([^"]*)"\\)\\]', path):
    found = []
    for value in values:
        if field:
            found += [item for item in (value if isinstance(value, list) else []) if isinstance(item, dict) and item.get(field) == wanted]
        elif isinstance(value, dict) and key in value:
            found.append(value[key])
        elif index and isinstance(value, list) and int(index) < len(value):
            found.append(value[int(index)])
    if not found and not field:
        if strict:
            print('error: error executing jsonpath %r: Error executing template: %s is not found.' % (path, key or index), file=sys.stderr)
            sys.exit(1)
        sys.exit(0)
    values = found
text = lambda value: json.dumps(value) if isinstance(value, (dict, list)) else ('true' if value is True else 'false' if value is False else str(value))
print(' '.join(text(value) for value in values), end='')
`,
  );
  chmodSync(join(dir, 'kubectl'), 0o755);
  // One poll is one pass over the conditions: the next state is served after the pod sleeps.
  writeFileSync(join(dir, 'sleep'), `#!/bin/sh\necho $(( $(cat ${dir}/polls) + 1 )) > ${dir}/polls\n`);
  chmodSync(join(dir, 'sleep'), 0o755);
  return {
    dir,
    manifest: () => (existsSync(join(dir, 'manifest')) ? readFileSync(join(dir, 'manifest'), 'utf8') : undefined),
    calls: () => (existsSync(join(dir, 'calls')) ? readFileSync(join(dir, 'calls'), 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as string[]).join(' ')) : []),
    polls: () => Number(readFileSync(join(dir, 'polls'), 'utf8')),
  };
}

/** The created manifest as JSON (a job step writes JSON). */
export const createdJson = (kubectl: FakeKubectl): LooseJson => JSON.parse(kubectl.manifest()!) as LooseJson;
