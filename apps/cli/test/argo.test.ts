import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeArgoServer } from '@couler/backend-argo/test';
import { describe, expect, it, type TestContext } from 'vitest';
import { BIN, scratchWith, type CoulerRun } from './run-couler';

const TOKEN = 'sa-token';

/** `couler` with only the environment given (no ARGO_* from the machine running the tests). */
function couler(args: string[], cwd: string, env: Record<string, string> = {}): Promise<CoulerRun> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('ARGO_')));
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, env: { ...clean, NO_COLOR: '1', ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

/** A fake Argo Server of its own for one test (they run at once), closed when the test ends. */
async function setup(context: TestContext, scenarios: Record<string, object> = { 'coinflip-': { skip: ['tails'], logs: { flip: ['heads'] } } }) {
  const server = await FakeArgoServer.start({ token: TOKEN, scenarios });
  context.onTestFinished(() => server.close());
  const directory = scratchWith('coinflip.ts', 'valid.yaml');
  const remote = ['--server', server.url, '-n', 'argo', '--token', TOKEN];
  const submitted = async (): Promise<string> => {
    const { code, stdout } = await couler(['submit', 'coinflip.ts', ...remote], directory);
    expect(code).toBe(0);
    return /submitted Workflow (\S+)/.exec(stdout)![1]!;
  };
  return { server, directory, remote, submitted };
}

describe.concurrent('couler submit / watch / status / logs --backend argo, against an Argo Server', () => {
  it('submit creates the Workflow with the token and prints its name, page and how to watch it', async (context) => {
    const { server, directory, remote } = await setup(context);
    const { code, stdout, stderr } = await couler(['submit', 'coinflip.ts', ...remote], directory);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const name = /submitted Workflow (coinflip-\S{5}) in namespace argo/.exec(stdout)![1]!;
    expect(stdout).toBe(`✓ submitted Workflow ${name} in namespace argo\n  ${server.url}/workflows/argo/${name}\n  next: couler watch ${name} --backend argo --server ${server.url} -n argo\n`);
    expect(server.requests[0]).toMatchObject({ method: 'POST', path: '/api/v1/workflows/argo', authorization: `Bearer ${TOKEN}`, body: { workflow: { kind: 'Workflow', metadata: { generateName: 'coinflip-' } } } });
  });

  it('submit --from-template runs a WorkflowTemplate of the cluster by reference, with --param values', async (context) => {
    const { server, directory, remote } = await setup(context, { 'coinflip-': { skip: ['tails'] } });
    const missing = await couler(['submit', '--from-template', 'coinflip', ...remote], directory);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('workflowtemplates.argoproj.io "coinflip" not found');
    expect((await couler(['submit', 'coinflip.ts', '--kind', 'WorkflowTemplate', ...remote], directory)).code).toBe(0);
    const { code, stdout, stderr } = await couler(['submit', '--from-template', 'coinflip', '-p', 'note=hi', '--watch', '--interval', '0.01', ...remote], directory);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^✓ submitted Workflow coinflip-\S{5} in namespace argo\n/);
    expect(stdout).toMatch(/✓ coinflip-\S{5} succeeded/);
    expect(server.requests.filter((request) => request.method === 'POST').at(-1)).toMatchObject({
      path: '/api/v1/workflows/argo',
      body: { workflow: { kind: 'Workflow', metadata: { generateName: 'coinflip-' }, spec: { workflowTemplateRef: { name: 'coinflip' }, arguments: { parameters: [{ name: 'note', value: 'hi' }] } } } },
    });
  });

  it('submit --from-template refuses a file beside it, another engine and a name that is no Kubernetes name', async (context) => {
    const { server, directory, remote } = await setup(context);
    const both = await couler(['submit', 'coinflip.ts', '--from-template', 'train', ...remote], directory);
    expect(both.code).toBe(1);
    expect(both.stderr).toContain('takes a workflow file or --from-template, not both');
    const tekton = await couler(['submit', '--from-template', 'train', '--backend', 'tekton'], directory);
    expect(tekton.code).toBe(1);
    expect(tekton.stderr).toContain('--from-template runs an Argo WorkflowTemplate; it cannot be used with --backend tekton.');
    const badName = await couler(['submit', '--from-template', 'Train $(id)', ...remote], directory);
    expect(badName.code).toBe(1);
    expect(badName.stderr).toContain('"Train $(id)" is not the name of a WorkflowTemplate');
    const neither = await couler(['submit', ...remote], directory);
    expect(neither.stderr).toContain('needs a workflow file, or --from-template NAME');
    expect(server.requests).toEqual([]);
  });

  it('submit --watch follows the run to its end with one line per change; exit 0 when it succeeded', async (context) => {
    const { directory, remote } = await setup(context);
    const { code, stdout, stderr } = await couler(['submit', 'coinflip.ts', ...remote, '--watch', '--interval', '0.01'], directory);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    const name = /submitted Workflow (\S+)/.exec(lines[0]!)![1]!;
    expect(lines.slice(2).map((line) => line.replace(/ \(\d+\.\ds\)/, ''))).toEqual([
      `· ${name} pending`,
      `⟳ ${name} running`,
      '▶ flip',
      '✓ flip succeeded',
      '↷ tails skipped: when \'{{=tasks[\'flip\'].outputs.result == \'tails\'}}\' evaluated false',
      '▶ heads',
      '✓ heads succeeded',
      expect.stringMatching(new RegExp(`^✓ ${name} succeeded in \\d+\\.\\ds \\(2 succeeded, 1 skipped\\)$`)),
    ]);
  });

  it('watch of a failing run: exit 1, the failed step and the logs command to read next', async (context) => {
    const { server, directory, remote, submitted } = await setup(context, { 'coinflip-': { fail: ['flip'] } });
    const name = await submitted();
    const { code, stdout, stderr } = await couler(['watch', name, ...remote, '--interval', '0.01'], directory);
    expect(code).toBe(1);
    expect(stdout).toContain('✗ flip failed (1.0s): Error (exit code 1)');
    const lines = stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^✗ ${name} failed in \\d+\\.\\ds \\(1 failed, 2 skipped\\)$`));
    expect(lines.at(-1)).toBe(`  next: couler logs ${name} flip --backend argo --server ${server.url} -n argo`);
  });

  it('status --backend argo: the phase and a table of the steps; --json the whole status', async (context) => {
    const { server, directory, remote, submitted } = await setup(context);
    const name = await submitted();
    server.finish('argo', name);
    const { code, stdout } = await couler(['status', name, '--backend', 'argo', ...remote], directory);
    expect(code).toBe(0);
    expect(stdout.split('\n').slice(0, 5)).toEqual([
      expect.stringMatching(new RegExp(`^✓ ${name}  Succeeded  \\d+\\.\\ds$`)),
      `  ${server.url}/workflows/argo/${name}`,
      '',
      'STEP   PHASE        TIME  NOTE',
      'flip   ✓ Succeeded  1.0s',
    ]);
    const json = await couler(['status', name, '--backend', 'argo', '--json', ...remote], directory);
    expect(JSON.parse(json.stdout)).toMatchObject({ phase: 'Succeeded', run: { backendId: 'argo', runId: name, namespace: 'argo' }, steps: [{ name: 'flip' }, { name: 'tails', phase: 'Skipped' }, { name: 'heads' }] });
  });

  it('logs --backend argo: every step under a header, or one step; -f follows until the run ends', async (context) => {
    const { directory, remote, submitted } = await setup(context);
    const name = await submitted();
    const followed = await couler(['logs', name, '-f', '--backend', 'argo', ...remote], directory);
    expect(followed.code).toBe(0);
    expect(followed.stdout).toBe('==> flip <==\nheads\n\n==> heads <==\nhello from heads\n');
    const one = await couler(['logs', name, 'heads', '--backend', 'argo', ...remote], directory);
    expect(one.stdout).toBe('hello from heads\n');
    const typo = await couler(['logs', name, 'flp', '--backend', 'argo', ...remote], directory);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain(`error[UNKNOWN_STEP]: Workflow "${name}" has no step "flp". Did you mean "flip"?`);
  });

  it('ARGO_SERVER, ARGO_NAMESPACE and ARGO_TOKEN stand in for the flags; --param sets a parameter', async (context) => {
    const { server, directory, remote } = await setup(context);
    const { code, stderr } = await couler(['submit', 'valid.yaml'], directory, { ARGO_SERVER: server.url, ARGO_NAMESPACE: 'ml', ARGO_TOKEN: `Bearer ${TOKEN}` });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(server.requests[0]).toMatchObject({ path: '/api/v1/workflows/ml', authorization: `Bearer ${TOKEN}` });
    const unknown = await couler(['submit', 'valid.yaml', '-p', 'nope=1', ...remote], directory);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('error[UNKNOWN_PARAMETER] at parameters.nope: Workflow "from-yaml-" has no parameter "nope".');
  });

  it('a missing or wrong token: what to do about it, exit 1', async (context) => {
    const { server, directory } = await setup(context);
    const { code, stderr } = await couler(['submit', 'coinflip.ts', '--server', server.url], directory);
    expect(code).toBe(1);
    expect(stderr).toContain(`error[ENGINE_AUTH_FAILED] at token: The Argo Server at ${server.url} did not accept a request without a token (401): token not valid.`);
    expect(stderr).toContain('hint: This server needs a token. Get one with `argo auth token`');
    const wrong = await couler(['status', 'x', '--backend', 'argo', '--server', server.url, '--token', 'old'], directory);
    expect(wrong.stderr).toContain('hint: The token is wrong or has expired.');
  });

  it('no server running: names the address and suggests port-forward; no server at all: says how to give one', async (context) => {
    const { directory } = await setup(context);
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(probe.address() as AddressInfo).port}`;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const refused = await couler(['watch', 'w', '--server', url], directory);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      `error[ENGINE_UNREACHABLE] at server: Could not reach the Argo Server at ${url}: the connection was refused.\n  hint: Is it running and is this its address? Without an ingress: kubectl -n argo port-forward svc/argo-server 2746:2746, then --server https://localhost:2746 (or set ARGO_SERVER).\n`,
    );
    const none = await couler(['submit', 'coinflip.ts'], directory);
    expect(none.stderr).toContain('error[INVALID_FIELD] at server: No Argo Server was given.');
  });

  it('a second WorkflowTemplate of the same name: 409 explained; status of an unknown run: not found', async (context) => {
    const { server, directory, remote } = await setup(context);
    expect((await couler(['submit', 'coinflip.ts', '--kind', 'WorkflowTemplate', ...remote], directory)).stdout).toBe(`✓ submitted WorkflowTemplate coinflip in namespace argo\n  ${server.url}/workflow-templates/argo/coinflip\n`);
    const again = await couler(['submit', 'coinflip.ts', '--kind', 'WorkflowTemplate', ...remote], directory);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('error[ENGINE_CONFLICT] at metadata.name: A WorkflowTemplate named "coinflip" already exists in namespace "argo".');
    const missing = await couler(['status', 'ghost', '--backend', 'argo', ...remote], directory);
    expect(missing.stderr).toContain(`There is no Workflow "ghost" in namespace "argo" on ${server.url}`);
  });

  it('status and logs without --backend read the local engine, or a Couler server; engine flags alone are refused', async (context) => {
    const { server, directory } = await setup(context);
    const local = await couler(['status', 'nothing-here', '--home', directory], directory);
    expect(local.stderr).toContain('There is no run "nothing-here"');
    const stray = await couler(['status', 'x', '-n', 'argo'], directory);
    expect(stray.code).toBe(1);
    expect(stray.stderr).toContain('error[INVALID_FIELD] at namespace: --namespace is for a run on an engine; add --backend (argo, airflow, tekton).');
    // --server alone names a Couler server; the Argo Server is not one, and the error says what to add.
    const notCouler = await couler(['status', 'x', '--server', server.url], directory);
    expect(notCouler.code).toBe(1);
    expect(notCouler.stderr).toContain('does not look like a Couler server');
    expect(notCouler.stderr).toContain('add --backend');
  });
});
