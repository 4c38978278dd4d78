import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GIT_CREDENTIAL_ENV, gitCloneScript, type GitLocation } from './git-clone-script';

/**
 * The clone script runs for real with this machine's `git` and `sh`, against repositories on
 * disk (file://), behind `git http-backend` on loopback with Basic authentication, and through a
 * stand-in `ssh` that checks the key it is given and runs the remote command locally.
 */
const root = mkdtempSync(join(tmpdir(), "couler git '"));
const origin = join(root, 'origin repo');
// Valid Git ref names a user could write, that sh, printf and Jinja must leave alone.
const HOSTILE_BRANCH = `feature/it's-"quoted"-$(touch_pwned)-{{y}}-%s-ünï`;
const HOSTILE_TAG = 'v1.0-$HOME-`id`';
const commits: Record<string, string> = {};

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'a', GIT_AUTHOR_EMAIL: 'a@b', GIT_COMMITTER_NAME: 'a', GIT_COMMITTER_EMAIL: 'a@b' } }).trim();

function commit(file: string, text: string): string {
  writeFileSync(join(origin, file), text);
  git(origin, 'add', '-A');
  git(origin, 'commit', '--quiet', '-m', text);
  return git(origin, 'rev-parse', 'HEAD');
}

beforeAll(() => {
  mkdirSync(origin);
  git(origin, 'init', '--quiet', '--initial-branch=main');
  commits.first = commit('file.txt', 'first');
  commits.second = commit('file.txt', 'second');
  git(origin, 'tag', HOSTILE_TAG);
  commits.main = commit('file.txt', 'main');
  git(origin, 'checkout', '--quiet', '-b', HOSTILE_BRANCH, commits.second!);
  commits.branch = commit('file.txt', 'branch');
  git(origin, 'checkout', '--quiet', 'main');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

let runs = 0;
/** Runs the script in a fresh COULER_DIR; returns its exit, output and the clone's directory. */
async function clone(location: Omit<GitLocation, 'type'>, env: Record<string, string> = {}, sshKeyFile?: string) {
  runs += 1;
  const shared = join(root, `run ${runs}`);
  const script = gitCloneScript({ type: 'git', ...location }, { directory: 'git/0', artifactName: 'source "code"', ...(sshKeyFile !== undefined && { sshKeyFile }) });
  const child = spawn('sh', ['-c', script], { cwd: root, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: root, COULER_DIR: shared, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const directory = join(shared, 'git', '0');
  return { status, stdout, stderr, directory, read: () => readFileSync(join(directory, 'file.txt'), 'utf8'), head: () => git(directory, 'rev-parse', 'HEAD') };
}

describe('gitCloneScript, run with git', () => {
  const repo = `file://${origin}`;

  it('clones the default branch without a revision', async () => {
    const result = await clone({ repo });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.read()).toBe('main');
  });

  it.each([
    ['a branch with quotes, $( ), {{ }} and unicode', HOSTILE_BRANCH, 'branch'],
    ['a tag with $HOME and backquotes', HOSTILE_TAG, 'second'],
    ['a full commit id that no branch points at', () => commits.first!, 'first'],
    ['a short commit id', () => commits.first!.slice(0, 8), 'first'],
    ['a revision expression', 'main~1', 'second'],
  ] as const)('checks out %s', async (_, revision, expected) => {
    const result = await clone({ repo, revision: typeof revision === 'function' ? revision() : revision });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.read()).toBe(expected);
    expect(result.head()).toBe(commits[expected]);
    expect(existsSync(join(root, 'pwned'))).toBe(false);
  });

  it('keeps only `depth` commits of the revision', async () => {
    const result = await clone({ repo, revision: HOSTILE_BRANCH, depth: 1 });
    expect(result.status).toBe(0);
    expect(result.read()).toBe('branch');
    expect(git(result.directory, 'rev-list', '--count', 'HEAD')).toBe('1');
  });

  it.each(['no-such-branch', '+main:refs/heads/evil', '-x', "it's $(touch pwned)"])('fails clearly on a revision the repository does not have: %s', async (revision) => {
    const result = await clone({ repo, revision });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`couler: input artifact "source \\"code\\"": the revision ${JSON.stringify(revision)} is neither a branch, a tag nor a commit of ${repo}`);
    expect(existsSync(join(root, 'pwned'))).toBe(false);
  });

  it('fails clearly when the repository cannot be cloned', async () => {
    const result = await clone({ repo: `file://${join(root, 'missing')}` });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`couler: input artifact "source \\"code\\"": cannot clone file://${join(root, 'missing')}`);
  });
});

/** `git http-backend` behind Basic authentication, as a Git host serves HTTPS. */
class GitHttpServer {
  private server: Server | undefined;
  url = '';
  constructor(
    private readonly projectRoot: string,
    private readonly username: string,
    private readonly password: string,
  ) {}

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      const expected = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
      if (request.headers.authorization !== expected) {
        response.writeHead(401, { 'WWW-Authenticate': 'Basic realm="git"' }).end('unauthorized');
        return;
      }
      const [path = '', query = ''] = (request.url ?? '').split('?');
      const backend = spawn('git', ['http-backend'], {
        env: {
          PATH: process.env.PATH,
          GIT_PROJECT_ROOT: this.projectRoot,
          GIT_HTTP_EXPORT_ALL: '1',
          PATH_INFO: decodeURIComponent(path),
          QUERY_STRING: query,
          REQUEST_METHOD: request.method,
          CONTENT_TYPE: request.headers['content-type'] ?? '',
          REMOTE_USER: this.username,
          ...(request.headers['git-protocol'] !== undefined && { GIT_PROTOCOL: String(request.headers['git-protocol']) }),
        },
      });
      request.pipe(backend.stdin);
      const chunks: Buffer[] = [];
      backend.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
      backend.on('close', () => {
        const output = Buffer.concat(chunks);
        const end = output.indexOf('\r\n\r\n');
        const headers: Record<string, string> = {};
        for (const line of output.subarray(0, end).toString().split('\r\n')) {
          const colon = line.indexOf(':');
          headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
        }
        const status = Number((headers.status ?? '200').split(' ')[0]);
        delete headers.status;
        response.writeHead(status, headers).end(output.subarray(end + 4));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

describe('gitCloneScript credentials', () => {
  const PASSWORD = `p'a"s$(s) {{w}}`;
  const server = new GitHttpServer(root, 'couler-user', PASSWORD);
  const tokenServer = new GitHttpServer(root, 'oauth2', 'a-token');
  beforeAll(() => Promise.all([server.start(), tokenServer.start()]));
  afterAll(() => Promise.all([server.stop(), tokenServer.stop()]));
  const secret = { name: 'git', key: 'x' };

  it('answers HTTP Basic authentication from the credential variables, writing the password nowhere', async () => {
    const result = await clone(
      { repo: `${server.url}/origin%20repo`, revision: HOSTILE_BRANCH, username: secret, password: secret },
      { [GIT_CREDENTIAL_ENV.username]: 'couler-user', [GIT_CREDENTIAL_ENV.password]: PASSWORD },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.read()).toBe('branch');
    expect(readFileSync(join(result.directory, '.git', 'config'), 'utf8')).not.toContain(PASSWORD);
    expect(result.stdout).not.toContain(PASSWORD);
  });

  it('sends a password given alone (a token) as user oauth2', async () => {
    const result = await clone({ repo: `${tokenServer.url}/origin%20repo`, password: secret }, { [GIT_CREDENTIAL_ENV.password]: 'a-token' });
    expect(result.stderr).toBe('');
    expect(result.read()).toBe('main');
  });

  it('fails without asking for a password on a terminal when the credentials are wrong, and does not print them', async () => {
    const result = await clone({ repo: `${server.url}/origin%20repo`, username: secret, password: secret }, { [GIT_CREDENTIAL_ENV.username]: 'couler-user', [GIT_CREDENTIAL_ENV.password]: 'wrong secret' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('cannot clone');
    expect(`${result.stdout}${result.stderr}`).not.toContain('wrong secret');
  });

  it('uses the SSH key through GIT_SSH_COMMAND, from a private copy of the mounted Secret', async () => {
    // A stand-in ssh: records how it was called and the key's mode, then runs the remote command here.
    const bin = join(root, 'bin');
    mkdirSync(bin, { recursive: true });
    const record = join(root, 'ssh-record');
    writeFileSync(
      join(bin, 'ssh'),
      `#!/bin/sh\nkey=\nwhile [ $# -gt 1 ]; do case "$1" in -i) key="$2"; shift 2 ;; -o|-p) printf '%s\\n' "$1 $2" >> "$SSH_RECORD"; shift 2 ;; *) host="$1"; shift ;; esac; done\nprintf 'host %s\\nmode %s\\nbytes %s\\nkey %s\\n' "$host" "$(stat -c %a "$key")" "$(wc -c < "$key")" "$(cat "$key")" >> "$SSH_RECORD"\nexec sh -c "$1"\n`,
    );
    chmodSync(join(bin, 'ssh'), 0o755);
    const keyFile = join(root, 'mounted key');
    const key = '-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n-----END OPENSSH PRIVATE KEY-----';
    writeFileSync(keyFile, key);
    chmodSync(keyFile, 0o644);
    const result = await clone({ repo: `ssh://git@git.example.com${origin}`, revision: HOSTILE_TAG, sshPrivateKey: secret }, { PATH: `${bin}:${process.env.PATH}`, SSH_RECORD: record }, keyFile);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.read()).toBe('second');
    const recorded = readFileSync(record, 'utf8');
    expect(recorded).toContain('host git@git.example.com');
    expect(recorded).toContain('mode 600');
    // The key as mounted, with the final newline ssh needs.
    expect(recorded).toContain(`key ${key}\n`);
    expect(recorded).toContain(`bytes ${key.length + 1}\n`);
    expect(recorded).toContain('-o StrictHostKeyChecking=accept-new');
    expect(statSync(keyFile).mode & 0o777).toBe(0o644);
  });
});
