import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { airflow } from '@couler/backend-airflow';
import { argo, ARGO_TRANSIENT_MESSAGES, type ArgoTemplate } from '@couler/backend-argo';
import { evaluateExpr } from '@couler/backend-argo/test';
import { runWorkflow } from '@couler/backend-local';
import { tekton } from '@couler/backend-tekton';
import { CoulerError, IR_API_VERSION, type BackendV1, type RetryPolicy, type Workflow } from '@couler/ir';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { runCouler, scratchWith } from './run-couler';

// Issue 23, point 3: `retry` means one thing on every engine. One table of failures, each run
// for real on the local engine, and each engine's compiled policy judged on the same failure as
// that engine would report it.

/** A failure as a real process makes it here, and as Argo reports it on a cluster. */
interface FailureCase {
  readonly name: string;
  readonly script: string;
  readonly timeoutSeconds?: number;
  /** What Argo sets on the attempt's node: `lastRetry.status`, the message, the exit code. */
  readonly argo: { readonly phase: 'Failed' | 'Error'; readonly reason: string; readonly exitCode: string; readonly log: string; readonly podMessage?: string };
}

const CASES: ReadonlyArray<FailureCase> = [
  { name: 'exit 1', script: 'echo working; exit 1', argo: { phase: 'Failed', reason: 'Error', exitCode: '1', log: 'working' } },
  { name: 'a pattern in the log', script: "echo 'License server busy, try later' >&2; exit 1", argo: { phase: 'Failed', reason: 'Error', exitCode: '1', log: 'License server busy, try later' } },
  { name: 'SIGKILL', script: 'kill -9 $$', argo: { phase: 'Failed', reason: 'Error', exitCode: '137', log: '' } },
  // The OOM killer inside `sh`: the inner shell is killed, the outer one exits 137 and logs "Killed".
  { name: 'OOM kill (exit 137, "Killed")', script: "sh -c 'kill -9 $$'; exit $?", argo: { phase: 'Failed', reason: 'OOMKilled', exitCode: '137', log: 'sh: 1: Killed' } },
  {
    name: 'timeout',
    script: 'sleep 5',
    timeoutSeconds: 1,
    argo: { phase: 'Failed', reason: 'Error', exitCode: '143', log: '', podMessage: 'Pod was active on the node longer than the specified deadline' },
  },
];

type Verdict = 'retried' | 'not retried' | 'refused';

/** Policies, and what each does to each case of `CASES` (in order), from the RetryPolicy JSDoc. */
const POLICIES: ReadonlyArray<{ retry: RetryPolicy; expected: ReadonlyArray<Verdict>; refusedBy: ReadonlyArray<'tekton' | 'airflow'> }> = [
  { retry: { limit: 1 }, expected: ['retried', 'retried', 'retried', 'retried', 'retried'], refusedBy: [] },
  { retry: { limit: 1, on: 'always' }, expected: ['retried', 'retried', 'retried', 'retried', 'retried'], refusedBy: [] },
  { retry: { limit: 1, on: 'failure' }, expected: ['retried', 'retried', 'retried', 'retried', 'retried'], refusedBy: [] },
  { retry: { limit: 1, on: 'error' }, expected: ['not retried', 'not retried', 'not retried', 'not retried', 'not retried'], refusedBy: ['tekton', 'airflow'] },
  { retry: { limit: 1, on: 'transient' }, expected: ['not retried', 'not retried', 'retried', 'retried', 'not retried'], refusedBy: ['tekton', 'airflow'] },
  {
    retry: { limit: 1, on: 'transient', transientPatterns: ['license server busy'] },
    expected: ['not retried', 'retried', 'retried', 'retried', 'not retried'],
    refusedBy: ['tekton', 'airflow'],
  },
  // The issue's policy: it meant "only OOM" on Argo and "anything" here. Now it is refused everywhere.
  { retry: { limit: 1, on: 'failure', transientPatterns: ['OOM'] }, expected: ['refused', 'refused', 'refused', 'refused', 'refused'], refusedBy: ['tekton', 'airflow'] },
];

function workflowOf(failure: FailureCase, retry: RetryPolicy): Workflow {
  return {
    apiVersion: IR_API_VERSION,
    kind: 'Workflow',
    metadata: { name: 'retry-table' },
    spec: {
      steps: [
        {
          name: 'flaky',
          kind: 'container',
          container: { image: 'alpine:3.20', command: ['sh', '-c', failure.script] },
          retry,
          ...(failure.timeoutSeconds !== undefined && { timeoutSeconds: failure.timeoutSeconds }),
        },
      ],
    },
  } as Workflow;
}

const homes: string[] = [];
afterAll(() => {
  for (const home of homes) rmSync(home, { recursive: true, force: true });
});

async function refusedOr<T>(run: () => Promise<T>): Promise<T | CoulerError> {
  try {
    return await run();
  } catch (error) {
    if (CoulerError.isInstance(error)) return error;
    throw error;
  }
}

/** Runs the case for real on the local engine: retried when the step took two attempts. */
async function local(failure: FailureCase, retry: RetryPolicy): Promise<{ verdict: Verdict; message?: string }> {
  const home = mkdtempSync(join(tmpdir(), 'couler-retry-'));
  homes.push(home);
  const summary = await refusedOr(() => runWorkflow(workflowOf(failure, retry), { home, defaultRetry: false }));
  if (summary instanceof CoulerError) return { verdict: 'refused', message: summary.message };
  expect(summary.phase).toBe('Failed');
  const attempts = summary.steps[0]!.attempts;
  expect([1, 2]).toContain(attempts);
  return { verdict: attempts === 2 ? 'retried' : 'not retried', ...(summary.message !== undefined && { message: summary.message }) };
}

async function compiled(backend: BackendV1, workflow: Workflow): Promise<string | CoulerError> {
  return refusedOr(async () => (await backend.doCompile(workflow, { settings: {} })).files.map((file) => file.contents).join('\n'));
}

/**
 * Argo's decision after a failed attempt (`processNodeRetries` in workflow/controller/operator.go):
 * the `expression`, when there is one, must hold, then the policy must accept the node's phase.
 * `lastRetry.message` is the node's message: the pod's own message (a deadline), else
 * `<reason> (exit code N)`, followed by `: <log tail>` when the container falls back to its log
 * for the termination message.
 */
function argoRetries(template: ArgoTemplate, failure: FailureCase): boolean {
  const strategy = template.retryStrategy;
  if (!strategy || Number(strategy.limit) < 1) return false;
  const { phase, reason, exitCode, log, podMessage } = failure.argo;
  const fallback = template.container?.terminationMessagePolicy === 'FallbackToLogsOnError' && log !== '';
  const message = podMessage ?? `${reason} (exit code ${exitCode})${fallback ? `: ${log}` : ''}`;
  if (strategy.expression !== undefined && evaluateExpr(strategy.expression, { lastRetry: { status: phase, message, exitCode, duration: '2' }, retries: '0' }) !== true) return false;
  switch (strategy.retryPolicy ?? (strategy.expression ? 'Always' : 'OnFailure')) {
    case 'Always':
      return true;
    case 'OnFailure':
      return phase === 'Failed';
    case 'OnError':
      return phase === 'Error';
    case 'OnTransientError':
      return new RegExp(ARGO_TRANSIENT_MESSAGES.join('|')).test(message);
    default:
      throw new Error(`Unknown retryPolicy ${strategy.retryPolicy}`);
  }
}

async function argoVerdict(workflow: Workflow, failure: FailureCase): Promise<Verdict> {
  const yaml = await compiled(argo, workflow);
  if (yaml instanceof CoulerError) return 'refused';
  const document = parse(yaml) as { spec: { templates: ArgoTemplate[] } };
  return argoRetries(document.spec.templates.find((template) => template.name === 'flaky')!, failure) ? 'retried' : 'not retried';
}

/** Tekton retries a failed TaskRun whatever made it fail (its exit, a kill, its timeout). */
async function tektonVerdict(workflow: Workflow): Promise<Verdict> {
  const yaml = await compiled(tekton, workflow);
  if (yaml instanceof CoulerError) return 'refused';
  const pipeline = parseAllDocuments(yaml)
    .map((document) => document.toJS() as { kind: string; spec: { tasks: Array<{ name: string; retries?: number }> } })
    .find((document) => document.kind === 'Pipeline')!;
  return (pipeline.spec.tasks.find((task) => task.name === 'flaky')!.retries ?? 0) >= 1 ? 'retried' : 'not retried';
}

/** Airflow retries a failed task whatever made it fail (the pod's exit or kill, execution_timeout). */
async function airflowVerdict(workflow: Workflow): Promise<Verdict> {
  const dag = await compiled(airflow, workflow);
  if (dag instanceof CoulerError) return 'refused';
  const retries = [...dag.matchAll(/\bretries=(\d+)/g)].map((match) => Number(match[1]));
  expect(retries).toHaveLength(1);
  return retries[0]! >= 1 ? 'retried' : 'not retried';
}

describe('one meaning of retry on every engine: the table of failures', () => {
  for (const { retry, expected, refusedBy } of POLICIES) {
    it(`retry ${JSON.stringify(retry)}`, async () => {
      const rows: Array<Record<string, string>> = [];
      const want: Array<Record<string, string>> = [];
      for (const [index, failure] of CASES.entries()) {
        const workflow = workflowOf(failure, retry);
        const verdict = expected[index]!;
        const ran = await local(failure, retry);
        rows.push({
          case: failure.name,
          local: ran.verdict,
          argo: await argoVerdict(workflow, failure),
          tekton: await tektonVerdict(workflow),
          airflow: await airflowVerdict(workflow),
        });
        const elsewhere = (engine: 'tekton' | 'airflow'): string => (refusedBy.includes(engine) ? 'refused' : verdict);
        want.push({ case: failure.name, local: verdict, argo: verdict, tekton: elsewhere('tekton'), airflow: elsewhere('airflow') });
        if (failure.name.startsWith('OOM') && ran.verdict !== 'refused') expect(ran.message).toContain('exit code 137: killed by SIGKILL');
      }
      expect(rows).toEqual(want);
    });
  }
});

/** A step that fails once with "LICENSE SERVER BUSY", then succeeds (`counter` counts its attempts). */
const FLAKY_LICENSE = (retry: string, counter = '/dev/null') => `import { runContainer, workflow } from '@couler/dsl';

export default workflow('licensed', () => {
  runContainer({
    image: 'alpine:3.20',
    command: ['sh', '-c', "n=$(cat ${counter} 2>/dev/null || echo 0); echo $((n+1)) > ${counter}; if [ $n -eq 0 ]; then echo 'LICENSE SERVER BUSY' >&2; exit 1; fi; echo trained"],
    stepName: 'train',
    retry: ${retry},
  });
});
`;

function project(files: Record<string, string>): string {
  const directory = scratchWith();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(directory, name), text);
  return directory;
}

describe('couler, as a user runs it', () => {
  it("refuses the issue's policy { on: 'failure', transientPatterns } in run and compile, saying what to write instead", async () => {
    const directory = project({ 'licensed.ts': FLAKY_LICENSE("{ limit: 3, on: 'failure', transientPatterns: ['OOM'] }") });
    const home = mkdtempSync(join(tmpdir(), 'couler-retry-'));
    homes.push(home);
    for (const args of [['run', 'licensed.ts', '--home', home], ['compile', 'licensed.ts', '--backend', 'argo'], ['validate', 'licensed.ts']]) {
      const { code, stderr } = await runCouler(args, directory);
      expect(code, args.join(' ')).toBe(1);
      expect(stderr).toContain('error[INVALID_FIELD]');
      expect(stderr).toContain("steps.train.retry.transientPatterns: only extend what on: 'transient' retries, and this policy has on: 'failure'");
      expect(stderr).toContain("Write on: 'transient' to retry only failures that match the patterns");
    }
  });

  it("couler run retries a failure whose log matches a pattern under on: 'transient', and Tekton refuses it with a hint", async () => {
    const home = mkdtempSync(join(tmpdir(), 'couler-retry-'));
    homes.push(home);
    const directory = project({ 'licensed.ts': FLAKY_LICENSE("{ limit: 1, on: 'transient', transientPatterns: ['license server busy'] }", join(home, 'count')) });
    const run = await runCouler(['run', 'licensed.ts', '--home', home], directory);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/⟳ train: attempt 2 in .* after exit code 1 \(transient: matches \/license server busy\/\)/);
    expect(run.stdout).toContain('✓ train succeeded');
    const refused = await runCouler(['compile', 'licensed.ts', '--backend', 'tekton'], directory);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('error[UNSUPPORTED_BY_BACKEND]');
    expect(refused.stderr).toContain(`cannot express retrying only transient failures (on: 'transient')`);
    expect(refused.stderr).toContain('"train"');
    expect(refused.stderr).toContain('drop retry.on and transientPatterns to retry every failure');
  });
});
