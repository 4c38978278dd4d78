import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runContainer, runJob, workflow } from '@couler/dsl';
import { describe, expect, it } from 'vitest';
import { compileChecked, taskNamed } from './support/compile-checked';
import { runTaskLocally } from './support/simulate-task';

const MANIFEST = { apiVersion: 'batch/v1', kind: 'Job', metadata: { generateName: 'pi-' }, spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'pi', image: 'perl:5.40' }] } } } };

/**
 * A `kubectl` answering as the API server would while a Job runs: `create` prints the object's
 * name, and each `get -o jsonpath=…` reads the object as it is at that poll (the states are
 * served in turn, the last one repeated), failing like kubectl for a missing field (with
 * --allow-missing-template-keys=false) or for an object that is gone (`null`).
 */
function fakeKubectl(states: ReadonlyArray<unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'couler-kubectl-'));
  writeFileSync(join(dir, 'states.json'), JSON.stringify(states));
  writeFileSync(join(dir, 'polls'), '0');
  writeFileSync(
    join(dir, 'kubectl'),
    `#!/usr/bin/env python3
import json, re, sys
args = sys.argv[1:]
if args[0] in ('create', 'apply', 'get') and '-f' in args:
    print('job.batch/pi-x7k2p'); sys.exit(0)
states = json.load(open('${dir}/states.json'))
path = [a for a in args if a.startswith('jsonpath=')][0][len('jsonpath='):]
if path == '{.metadata.name}':
    print('pi-x7k2p', end=''); sys.exit(0)
polls = int(open('${dir}/polls').read())
state = states[min(polls, len(states) - 1)]
open('${dir}/fields', 'a').write(path + '\\n')
if state is None:
    print('Error from server (NotFound): jobs.batch "pi-x7k2p" not found', file=sys.stderr); sys.exit(1)
value = state
for part in re.findall(r'\\.([^.\\[\\]{}]+)|\\[(\\d+)\\]', path):
    key = part[0] or int(part[1])
    try:
        value = value[key]
    except (KeyError, IndexError, TypeError):
        print('error: error executing jsonpath %r: Error executing template: %s is not found.' % (path, key), file=sys.stderr); sys.exit(1)
print(json.dumps(value) if isinstance(value, (dict, list)) else ('true' if value is True else 'false' if value is False else value), end='')
`,
  );
  chmodSync(join(dir, 'kubectl'), 0o755);
  // One poll is one pass over the conditions: advance the state when the script sleeps.
  writeFileSync(join(dir, 'sleep'), `#!/bin/sh\necho $(( $(cat ${dir}/polls) + 1 )) > ${dir}/polls\n`);
  chmodSync(join(dir, 'sleep'), 0o755);
  return dir;
}

function runResourceStep(conditions: { successCondition?: string; failureCondition?: string }, states: ReadonlyArray<unknown>, readName = false) {
  const wf = workflow('resource', () => {
    const job = runJob({ stepName: 'batch', manifest: MANIFEST, ...conditions });
    if (readName) runContainer({ stepName: 'after', image: 'alpine:3.20', command: ['echo'], args: [job.output('job-name')] });
  });
  const { documents } = compileChecked(wf);
  const dir = fakeKubectl(states);
  const outcome = runTaskLocally(taskNamed(documents, 'batch').taskSpec, {}, { env: { PATH: `${dir}:${process.env.PATH}` }, context: { 'context.taskRun.name': 'run-batch' } });
  return { ...outcome, polls: Number(readFileSync(join(dir, 'polls'), 'utf8')) };
}

describe('resource steps on Tekton wait for their conditions, as Argo does', () => {
  it('succeeds once every success requirement holds, polling until then, and reads its jsonPath outputs after', () => {
    const run = runResourceStep({ successCondition: 'status.succeeded > 0', failureCondition: 'status.failed > 3' }, [{ status: {} }, { status: { active: 1 } }, { status: { succeeded: 1 } }], true);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect(run.polls).toBe(2);
    expect(run.results['job-name']).toBe('pi-x7k2p');
  });

  it('fails as soon as a failure requirement holds, naming it', () => {
    const run = runResourceStep({ successCondition: 'status.succeeded > 0', failureCondition: 'status.failed > 3' }, [{ status: { failed: 1 } }, { status: { failed: 4 } }]);
    expect(run.exitCode).not.toBe(0);
    expect(run.stderr).toContain('failure condition "status.failed > 3" holds for job.batch/pi-x7k2p');
    expect(run.polls).toBe(1);
  });

  it('fails when the object is deleted while it waits', () => {
    const run = runResourceStep({ successCondition: 'status.succeeded > 0' }, [{ status: {} }, null]);
    expect(run.exitCode).not.toBe(0);
    expect(run.stderr).toContain('was deleted while its conditions were checked');
  });

  // Kubernetes label-selector semantics over the object's fields (k8s.io/apimachinery labels.Requirement.Matches).
  const object = { status: { phase: 'Running', count: 7, ready: true, conditions: [{ type: 'Complete', status: 'True' }] } };
  it.each([
    ['status.phase=Running', true],
    ['status.phase==Succeeded', false],
    ['status.phase in (Failed, Running)', true],
    ['status.phase notin (Failed, Running)', false],
    ['status.missing notin (a)', true],
    ['status.missing!=a', true],
    ['status.phase!=Running', false],
    ['status.missing=a', false],
    ['status.ready', true],
    ['status.ready=true', true],
    ['!status.missing', true],
    ['!status.phase', false],
    ['status.count>6', true],
    ['status.count<7', false],
    ['status.phase>1', false],
    ['status.conditions.0.type=Complete', true],
    ['status.phase=Running,status.count>10', false],
  ])('success condition %j on a Job in phase Running with count 7: %s', (condition, holds) => {
    // One poll: a condition that does not hold leaves the step polling, which the second,
    // deleted state ends.
    const run = runResourceStep({ successCondition: condition }, [object, null]);
    expect(run.exitCode === 0, run.stderr).toBe(holds);
  });
});
