import type { ArtifactLocation } from '../../schema/artifact';

export type GitLocation = Extract<ArtifactLocation, { type: 'git' }>;

/**
 * Environment variables the clone script reads a location's `username` and `password` from:
 * the backend fills them from the Secrets the location names, in the clone's container only.
 */
export const GIT_CREDENTIAL_ENV = { username: 'COULER_GIT_USERNAME', password: 'COULER_GIT_PASSWORD' } as const;

/** Where the clone's container finds the `sshPrivateKey` Secret's key, unless told otherwise. */
export const GIT_SSH_KEY_FILE = '/couler-git-ssh/key';

/** The user name sent with a password given alone (a token): GitLab requires `oauth2` for OAuth tokens, GitHub takes any. */
export const GIT_TOKEN_USERNAME = 'oauth2';

export interface GitCloneScriptOptions {
  /** Where the clone goes, relative to `$COULER_DIR` (default `/couler`), as the transfer tool's FILE; replaced if it exists. */
  readonly directory: string;
  /** The input artifact's name, for messages. */
  readonly artifactName: string;
  /** The file holding the location's `sshPrivateKey`, where the backend mounts its Secret (default GIT_SSH_KEY_FILE). */
  readonly sshKeyFile?: string;
}

/** A word for `sh`, quoted so that nothing in it is special. */
const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** The repository's URL for messages: a password written in it is not repeated in logs. */
const shown = (repo: string) => repo.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*:[^/@]*@/i, '$1***@');

/**
 * A POSIX `sh` script that clones a Git input artifact, for engines with no Git driver of their
 * own (an init container on Airflow, a step on Tekton); it needs `git` (2.24+), and `ssh` for an
 * SSH key. Like Argo's Git driver (workflow/artifacts/git/git.go): clone (with `depth`), then,
 * for a `revision`, fetch it and check out the commit it names (detached), then initialise
 * submodules. A branch, a tag or a full commit id is fetched by name; anything else (a short
 * commit id, `v1~2`) is looked up after fetching every branch and tag, as Argo does.
 *
 * Credentials never appear in a URL, an argument or a file: a credential helper given on the
 * command line (in place of any the image configures, which could store them) prints
 * GIT_CREDENTIAL_ENV's variables when Git asks; an SSH key is copied to a private file for
 * `GIT_SSH_COMMAND`. A host whose key the image's `/etc/ssh/ssh_known_hosts` lists must present
 * that key; another host's key is accepted on first use (each pod starts with no known hosts).
 * Every user string is a single-quoted word; the script prints no credential.
 */
export function gitCloneScript(location: GitLocation, options: GitCloneScriptOptions): string {
  const depth = location.depth === undefined ? '' : ` --depth=${location.depth}`;
  const where = `input artifact ${JSON.stringify(options.artifactName)}`;
  // No backslash: the script stays a readable block in a DAG file.
  const fail = (message: string) => `{ printf 'couler: %s' ${quote(`${where}: ${message}`)} >&2; echo >&2; exit 1; }`;
  const lines = [
    `repo=${quote(location.repo)}`,
    `dir="\${COULER_DIR:-/couler}"/${quote(options.directory)}`,
    'export GIT_TERMINAL_PROMPT=0',
    'couler_tmp="$(mktemp -d)" || exit 1',
    "trap 'rm -rf \"$couler_tmp\"' EXIT",
  ];
  const helper =
    location.username !== undefined || location.password !== undefined
      ? `!f() { cat > /dev/null; test "$1" = get || exit 0; echo "username=\${${GIT_CREDENTIAL_ENV.username}:-${GIT_TOKEN_USERNAME}}"; echo "password=\${${GIT_CREDENTIAL_ENV.password}}"; }; f`
      : '';
  // An empty helper first clears the image's own (a "store" helper would write the password to disk).
  lines.push(`couler_git() { git -c credential.helper= -c credential.helper=${quote(helper)} "$@"; }`);
  if (location.sshPrivateKey !== undefined) {
    lines.push(
      // ssh refuses a key others may read, and one without its final newline.
      `(umask 077 && cp ${quote(options.sshKeyFile ?? GIT_SSH_KEY_FILE)} "$couler_tmp/key") || ${fail('cannot read the SSH private key (the sshPrivateKey Secret)')}`,
      '[ -z "$(tail -c 1 "$couler_tmp/key")" ] || echo >> "$couler_tmp/key"',
      `export GIT_SSH_COMMAND="ssh -i '$couler_tmp/key' -o IdentitiesOnly=yes -o BatchMode=yes -o StrictHostKeyChecking=accept-new -o UserKnownHostsFile='$couler_tmp/known_hosts'"`,
    );
  }
  lines.push('rm -rf "$dir" && mkdir -p "$(dirname "$dir")" || exit 1');
  const revision = location.revision;
  lines.push(`couler_git clone --quiet${revision === undefined ? '' : ' --no-checkout'}${depth} -- "$repo" "$dir" || ${fail(`cannot clone ${shown(location.repo)}`)}`);
  lines.push('cd "$dir" || exit 1');
  if (revision !== undefined) {
    lines.push(
      `revision=${quote(revision)}`,
      'commit=',
      // A name that could read as a refspec (`+a`, `a:b`) or an option is only looked up below.
      'case "$revision" in',
      `  -* | +* | *:*) ;;`,
      `  *) if couler_git fetch --quiet${depth} origin "$revision" 2> "$couler_tmp/fetch"; then commit="$(git rev-parse --verify --quiet 'FETCH_HEAD^{commit}')"; fi ;;`,
      'esac',
      'if [ -z "$commit" ]; then',
      `  couler_git fetch --quiet --update-head-ok${depth} origin '+refs/heads/*:refs/heads/*' '+refs/tags/*:refs/tags/*' || ${fail(`cannot fetch the branches and tags of ${shown(location.repo)}`)}`,
      `  commit="$(git rev-parse --verify --quiet --end-of-options "$revision^{commit}")" || ${fail(`the revision ${JSON.stringify(revision)} is neither a branch, a tag nor a commit of ${shown(location.repo)}${location.depth === undefined ? '' : ` within depth ${location.depth}`}`)}`,
      'fi',
      `git checkout --quiet --detach "$commit" || ${fail(`cannot check out ${JSON.stringify(revision)}`)}`,
    );
  }
  lines.push(`if [ -f .gitmodules ]; then couler_git submodule update --quiet --init --recursive || ${fail('cannot update its submodules')}; fi`);
  return `${lines.join('\n')}\n`;
}
