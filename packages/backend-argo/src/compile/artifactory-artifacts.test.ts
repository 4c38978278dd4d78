import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASET_CACHE_MOUNT, type Workflow } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { createArgoBackend } from '../argo-backend';
import { compileChecked } from '../../test/support/compile-checked';
import { container, irWorkflow } from '../../test/support/ir';
import { fakeSyncTool } from '../../test/support/fake-sync-tool';
import { simulateArgo } from '../../test/support/simulate-argo';
import { escapeTemplateText } from './escape-template-text';

const username = { name: 'jfrog-creds', key: 'username' };
const password = { name: 'jfrog-creds', key: 'password' };
// Whitespace and backslashes are refused by validation (engines parse them differently); these reach Argo.
const hostile = ['{{workflow.name}}', "it's\"q\"$(id)`id`${HOME}", '{%if%}', '{{=1+1}}ü%20'];

function artifactoryWorkflow(url: string | { concat: Array<string | { ref: 'workflow'; field: 'uid' }> }, extra: Record<string, unknown> = { username, password }): Workflow {
  const location = { type: 'artifactory' as const, url, ...extra };
  return irWorkflow('artifactory', [
    container('write', { outputs: { artifacts: [{ name: 'model', path: '/out/model', location }] } }),
    container('read', { dependencies: ['write'], inputs: { artifacts: [{ name: 'model', path: '/in/model', location }] } }),
  ]);
}

describe('Artifactory artifacts on Argo', () => {
  it.each(hostile)('writes artifactory: { url, usernameSecret, passwordSecret } with %j in the URL kept as text, valid for Argo', (value) => {
    const url = `https://acme.jfrog.io/artifactory/ml/${value}/model.tgz`;
    const checked = compileChecked(artifactoryWorkflow(url));
    const written = checked.template('write').outputs!.artifacts![0]!.artifactory as Record<string, unknown>;
    expect(checked.template('read').inputs!.artifacts![0]!.artifactory).toEqual(written);
    expect(written).toEqual({ url: escapeTemplateText(url), usernameSecret: username, passwordSecret: password });
    // Argo's tags in the user's text are escaped, so Argo reads the text itself, not a variable.
    if (value.includes('{{')) expect(written.url).not.toBe(url);
  });

  it("puts the run's id in a per-run URL as {{workflow.uid}}, and writes no secrets for an anonymous repository", () => {
    const checked = compileChecked(artifactoryWorkflow({ concat: ['http://artifactory:8081/artifactory/ml/', { ref: 'workflow', field: 'uid' }, '/model.tgz'] }, {}));
    expect(checked.template('write').outputs!.artifacts![0]!.artifactory).toEqual({ url: 'http://artifactory:8081/artifactory/ml/{{workflow.uid}}/model.tgz' });
    expect(checked.yaml).not.toContain('usernameSecret');
  });

  it.each(['https://art/ml/a b', 'https://art/ml\\a', 'https://art/ml/a\nb'])('refuses the URL %j before emitting anything, naming the field', async (bad) => {
    const compiling = createArgoBackend().doCompile(artifactoryWorkflow(bad), {});
    await expect(compiling).rejects.toMatchObject({ errors: [expect.objectContaining({ code: 'INVALID_FIELD', path: ['steps', 'write', 'outputs', 'artifacts', 'model', 'location', 'url'] }), expect.anything()] });
  });
});

describe('an Artifactory dataset on Argo', () => {
  const reads = (url: string) =>
    irWorkflow('reads', [container('train', { inputs: { artifacts: [{ name: 'rows', path: '/data/rows.csv', dataset: 'train-rows' }] } })], {
      datasets: [{ name: 'train-rows', source: { type: 'artifactory', url, username, password } }],
      secrets: [{ name: 'jfrog-creds', keys: ['password', 'username'] }],
    });

  it('syncs with curl, signing in with basic auth made in the pod from the two secret keys, once per version', () => {
    const url = "https://acme.jfrog.io/artifactory/data/it's\"q\"$(id){{x}}ü.csv";
    const sync = compileChecked(reads(url)).template('sync-train-rows');
    expect(sync.script!.env).toEqual(
      expect.arrayContaining([
        { name: 'COULER_URL', value: escapeTemplateText(url) },
        { name: 'COULER_ARTIFACTORY_USER', valueFrom: { secretKeyRef: username } },
        { name: 'COULER_ARTIFACTORY_PASSWORD', valueFrom: { secretKeyRef: password } },
      ]),
    );
    expect(sync.script!.source).not.toContain('acme');
    // A stand-in curl: logs its -H header and URL; -I prints the version's headers, -o writes the file.
    const { bin, cache } = fakeSyncTool('curl', [
      'out=""; head=""; header=""',
      'while [ $# -gt 0 ]; do case "$1" in -H) header="$2"; shift ;; -o) out="$2"; shift ;; -fsSIL) head=1 ;; --) url="$2"; shift ;; esac; shift; done',
      'echo "$header|$url" >> "$FAKE_LOG"',
      'if [ -n "$head" ]; then printf "ETag: %s\\r\\n" "$FAKE_VERSION"; else echo "rows $FAKE_VERSION" > "$out"; fi',
    ]);
    const { trace } = simulateArgo(compileChecked(reads('https://acme.jfrog.io/artifactory/data/rows.csv')).document as unknown as Record<string, unknown>, () => ({}));
    const run = trace.find((entry) => entry.run.template === 'sync-train-rows')!.run;
    const secrets = { COULER_ARTIFACTORY_USER: 'ml-bot', COULER_ARTIFACTORY_PASSWORD: 'p:ss "wörd" $(id)' };
    const syncOnce = (version: string) =>
      execFileSync('sh', ['-c', run.source!.replaceAll(DATASET_CACHE_MOUNT, cache)], { env: { PATH: `${bin}:${process.env.PATH}`, ...run.env, ...secrets, FAKE_VERSION: version, FAKE_LOG: join(bin, 'log') }, stdio: 'pipe' });
    syncOnce('v1');
    syncOnce('v1');
    const log = readFileSync(join(bin, 'log'), 'utf8').trim().split('\n');
    const basic = `Authorization: Basic ${Buffer.from(`${secrets.COULER_ARTIFACTORY_USER}:${secrets.COULER_ARTIFACTORY_PASSWORD}`).toString('base64')}`;
    // HEAD, GET, then HEAD alone: the second sync found the same version and copied nothing.
    expect(log).toEqual([`${basic}|https://acme.jfrog.io/artifactory/data/rows.csv`, `${basic}|https://acme.jfrog.io/artifactory/data/rows.csv`, `${basic}|https://acme.jfrog.io/artifactory/data/rows.csv`]);
    expect(readFileSync(join(cache, 'data'), 'utf8')).toBe('rows v1\n');
  });
});
