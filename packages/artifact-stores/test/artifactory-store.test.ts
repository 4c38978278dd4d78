import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runWorkflow, type EngineEvent } from '@couler/backend-local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArtifactStores } from '../src/index';
import { startFakeArtifactory, type FakeArtifactory } from './support/fake-artifactory';

const user = 'ml-bot';
const password = 'p:ss "wörd" $(id) {{x}}';
let artifactory: FakeArtifactory;
const home = mkdtempSync(join(tmpdir(), 'couler-artifactory-'));

beforeAll(async () => {
  artifactory = await startFakeArtifactory(user, password);
});
afterAll(async () => {
  await artifactory?.close();
  rmSync(home, { recursive: true, force: true });
});

const username = { name: 'jfrog-creds', key: 'username' };
const passwordRef = { name: 'jfrog-creds', key: 'password' };
const at = (path: string | Array<string | { ref: 'workflow'; field: 'uid' }>) => ({ type: 'artifactory' as const, url: typeof path === 'string' ? `${artifactory.url}${path}` : { concat: [artifactory.url, ...path] }, username, password: passwordRef });
const stores = (secret = password) => createArtifactStores({ secrets: { 'jfrog-creds': { username: user, password: secret } } });

function step(name: string, command: string, artifacts: { inputs?: unknown[]; outputs?: unknown[] }, dependencies?: string[]) {
  return { name, kind: 'container', container: { image: 'alpine:3.20', command: ['sh', '-c', command] }, inputs: { artifacts: artifacts.inputs ?? [] }, outputs: { artifacts: artifacts.outputs ?? [] }, ...(dependencies && { dependencies }) };
}
const workflow = (steps: unknown[]) => ({ apiVersion: 'couler.dev/v1alpha1', kind: 'Workflow', metadata: { name: 'artifactory-data' }, spec: { steps } });
const run = (steps: unknown[], artifactStores = stores(), onEvent?: (event: EngineEvent) => void) => runWorkflow(workflow(steps), { home, artifactStores, env: { PATH: process.env.PATH }, ...(onEvent && { onEvent }) });

describe('Artifactory artifacts over HTTP with basic auth (a loopback server)', () => {
  it('writes a file as it is and a directory as one tar, per run and at a hostile path, streamed, and a later step reads both back', async () => {
    // Quotes, an engine's tags, a shell's $( ), unicode and an escaped space: all travel percent-encoded and arrive as written.
    const hostile = `/ml/it's"q"$(id){{x}}ü%20/model.txt`;
    const summary = await run([
      step('write', 'printf "weights" > /out/model.txt && mkdir -p /out/report/deep && echo 1 > /out/report/deep/a', {
        outputs: [
          { name: 'model', path: '/out/model.txt', archive: 'none', location: at(hostile) },
          { name: 'report', path: '/out/report', location: at(['/ml/runs/', { ref: 'workflow', field: 'uid' }, '/report.tgz']) },
        ],
      }),
      step('read', 'cat /in/model.txt /in/report/deep/a', {
        inputs: [
          { name: 'model', path: '/in/model.txt', location: at(hostile) },
          { name: 'report', path: '/in/report', location: at(['/ml/runs/', { ref: 'workflow', field: 'uid' }, '/report.tgz']) },
        ],
      }, ['write']),
    ]);
    expect(summary.phase, JSON.stringify(summary.steps)).toBe('Succeeded');
    expect(artifactory.files.get(`/artifactory${decodeURIComponent(hostile)}`)?.toString()).toBe('weights');
    const report = [...artifactory.files.keys()].find((path) => path.startsWith('/artifactory/ml/runs/'));
    expect(report).toMatch(/^\/artifactory\/ml\/runs\/[^{}/]+\/report\.tgz$/);
    expect(artifactory.files.get(report!)?.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
    // The file went with its length, the tar as it was packed (chunked): neither was read whole first.
    expect(artifactory.requests).toEqual(expect.arrayContaining([`PUT /artifactory${decodeURIComponent(hostile)} 7`, `PUT ${report} chunked`, `GET ${report}`]));
  });

  it('retries a PUT answered 503 and a GET whose connection was reset (transient), and reads with the version of the checksum', async () => {
    artifactory.failNext('PUT', 1, 503);
    artifactory.failNext('GET', 1, 'reset');
    const retries: EngineEvent[] = [];
    const summary = await run(
      [
        step('write', 'echo v1 > /out/x', { outputs: [{ name: 'x', path: '/out/x', archive: 'none', location: at('/ml/flaky/x') }] }),
        step('read', 'cat /in/x', { inputs: [{ name: 'x', path: '/in/x', location: at('/ml/flaky/x') }] }, ['write']),
      ],
      stores(),
      (event) => event.type === 'step-retrying' && retries.push(event),
    );
    expect(summary.phase, JSON.stringify(summary.steps)).toBe('Succeeded');
    expect(retries.map((event) => event.type === 'step-retrying' && event.reason)).toEqual([expect.stringContaining('answered 503'), expect.stringMatching(/ECONNRESET|socket|fetch failed/)]);
    const version = await stores().artifactory?.stat?.(at('/ml/flaky/x'), { stepName: 's', artifactName: 'x' });
    expect(version).toEqual({ version: expect.stringMatching(/^[0-9a-f]{40}$/), size: 3 });
  });

  it('fails at once on a wrong password (401, permanent) without showing it, and refuses a directory stored file by file', async () => {
    const denied = await run([step('read', 'true', { inputs: [{ name: 'x', path: '/in/x', location: at('/ml/flaky/x') }] })], stores('wrong'));
    expect(denied.phase).not.toBe('Succeeded');
    expect(denied.steps[0]?.message).toContain('401');
    expect(denied.steps[0]?.message).not.toContain('wrong');
    expect(denied.steps[0]?.message).not.toContain('after 2 attempts');
    const tree = await run([step('write', 'mkdir -p /out/t && echo 1 > /out/t/a', { outputs: [{ name: 't', path: '/out/t', archive: 'none', location: at('/ml/tree') }] })]);
    expect(tree.steps[0]?.message).toContain('is a directory with archive "none", which Artifactory cannot list back over HTTP');
    expect([...artifactory.files.keys()].some((path) => path.startsWith('/artifactory/ml/tree'))).toBe(false);
  });
});
