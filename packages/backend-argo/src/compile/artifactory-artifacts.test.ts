import type { Workflow } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { createArgoBackend } from '../argo-backend';
import { compileChecked } from '../../test/support/compile-checked';
import { container, irWorkflow } from '../../test/support/ir';
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
