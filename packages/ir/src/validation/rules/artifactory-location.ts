import type { ArtifactKey, ArtifactLocation } from '../../schema/artifact';

/** What is wrong with an Artifactory location, if anything: the field and how to fix it. */
export interface ArtifactoryLocationProblem {
  readonly field: 'url' | 'username' | 'password';
  readonly message: string;
  readonly hint: string;
}

/** The URL's literal text up to the run's id: enough to see its scheme and host. */
function literalHead(url: ArtifactKey): string {
  if (typeof url === 'string') return url;
  const first = url.concat.findIndex((part) => typeof part !== 'string');
  return (first === -1 ? url.concat : url.concat.slice(0, first)).join('');
}

/**
 * Artifactory is read with GET and written with PUT at the file's URL, so the URL must be
 * http(s) with a host written out (not the run's id); basic auth needs a user name and a password.
 */
export function artifactoryLocationProblems(location: ArtifactLocation | undefined): ArtifactoryLocationProblem[] {
  if (location?.type !== 'artifactory') return [];
  const problems: ArtifactoryLocationProblem[] = [];
  const head = literalHead(location.url);
  if (!/^https?:\/\/[^/\s?#]+/i.test(head)) {
    problems.push({
      field: 'url',
      message: `an Artifactory URL that does not start with http:// or https:// and a host: ${JSON.stringify(head.slice(0, 80))}`,
      hint: 'Write the file\'s full URL, such as "https://acme.jfrog.io/artifactory/ml-models/model.tgz".',
    });
  }
  if ((location.username === undefined) !== (location.password === undefined)) {
    const [given, missing] = location.username === undefined ? (['password', 'username'] as const) : (['username', 'password'] as const);
    problems.push({
      field: missing,
      message: `an Artifactory location with a ${given} secret but no ${missing} secret: Artifactory signs in with HTTP basic auth, which takes both`,
      hint: 'Give both usernameSecret and passwordSecret (an API key or access token goes in the password), or neither for an anonymous repository.',
    });
  }
  return problems;
}
