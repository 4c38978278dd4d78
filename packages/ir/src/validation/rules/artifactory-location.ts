import type { ArtifactKey, ArtifactLocation } from '../../schema/artifact';

/** What is wrong with an Artifactory location, if anything: the field and how to fix it. */
export interface ArtifactoryLocationProblem {
  readonly field: 'url' | 'username' | 'password';
  readonly message: string;
  readonly hint: string;
}

/** A Kubernetes Secret's name (a DNS-1123 subdomain) and a key of its data. */
const SECRET_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const SECRET_KEY = /^[-._a-zA-Z0-9]+$/;

/** The URL's literal text up to the run's id: enough to see its scheme and host. */
function literalHead(url: ArtifactKey): string {
  if (typeof url === 'string') return url;
  const first = url.concat.findIndex((part) => typeof part !== 'string');
  return (first === -1 ? url.concat : url.concat.slice(0, first)).join('');
}

/**
 * Artifactory is read with GET and written with PUT at the file's URL, so the URL must be
 * http(s) with a host written out (not the run's id); basic auth needs a user name and a password,
 * each a key of a Kubernetes Secret the engine reads at run time (so a name Kubernetes would refuse,
 * or one holding an engine's `{{…}}`, is caught here rather than when the pod starts).
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
  // URL parsers disagree on these: WHATWG's fetch reads "\\" as "/", Go's (Argo's) keeps it; whitespace ends a URL in most tools.
  const text = typeof location.url === 'string' ? location.url : location.url.concat.filter((part) => typeof part === 'string').join('');
  const unsafe = /[\s\\\p{Cc}]/u.exec(text);
  if (unsafe) {
    problems.push({
      field: 'url',
      message: `an Artifactory URL holding ${JSON.stringify(unsafe[0])}, which engines would read as different URLs`,
      hint: 'Percent-encode it in the URL: a space is %20, a backslash %5C, a newline %0A.',
    });
  }
  for (const field of ['username', 'password'] as const) {
    const ref = location[field];
    if (ref && !(ref.name.length <= 253 && SECRET_NAME.test(ref.name) && SECRET_KEY.test(ref.key))) {
      problems.push({
        field,
        message: `an Artifactory ${field} secret ${JSON.stringify(ref.name)} key ${JSON.stringify(ref.key)} that Kubernetes cannot name`,
        hint: 'A Secret\'s name is lower-case letters, digits, "-" and "." (such as "jfrog-creds"); its key is letters, digits, "-", "_" and "." (such as "password").',
      });
    }
  }
  return problems;
}
