import { isAbsolute, join, normalize } from 'node:path';

/**
 * Where one step instance runs, and how the paths it declares become its own.
 *
 * Steps run as host processes, so two steps that both write `/tmp/out.txt` (as containers may)
 * would clash. Every absolute path a step *declares* — its output parameters and artifacts,
 * its input artifacts, its working directory — lives under the instance's private `root`
 * instead: `/tmp/out.txt` is `<dir>.root/tmp/out.txt`. The step's literal command, arguments,
 * script source and env values are rewritten to match, so `echo hi > /tmp/out.txt` and
 * `open('/tmp/out.txt', 'w')` keep working; values that arrive from other steps are data and
 * are never rewritten. The process runs in `dir`, a private working directory, so relative
 * paths are private too. Absolute paths a step does not declare are the host's.
 */
export interface StepSandbox {
  /** The instance's private working directory (`<run>/<instance>`). */
  readonly dir: string;
  /** The private view of declared absolute paths (`<run>/<instance>.root`), made only when needed. */
  readonly root: string;
  /** The process's working directory: `dir`, or the declared `workingDir` under `root`. */
  readonly cwd: string;
  /** Where a declared path (absolute or relative) lives on the host. */
  map(path: string): string;
  /** `text` with every declared absolute path (and anything under one) replaced by its host path. */
  rewrite(text: string): string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function createStepSandbox(dir: string, declaredPaths: ReadonlyArray<string>, workingDir?: string): StepSandbox {
  const root = `${dir}.root`;
  const cwd = workingDir !== undefined && isAbsolute(workingDir) ? join(root, normalize(workingDir)) : join(dir, workingDir ?? '');
  const absolute = [...new Set([...declaredPaths, ...(workingDir !== undefined && isAbsolute(workingDir) ? [workingDir] : [])])]
    .filter((path) => isAbsolute(path) && normalize(path) !== '/')
    .map((path) => path.replace(/\/+$/, ''))
    .sort((a, b) => b.length - a.length);
  // A declared path counts where it stands alone: not inside a longer name (`/tmp/out.txt2`,
  // `x/tmp/out.txt`), but followed by `/…` (a file inside a declared directory) or punctuation.
  const pattern = absolute.length === 0 ? undefined : new RegExp(`(?<![\\w./-])(${absolute.map(escapeRegExp).join('|')})(?![\\w-]|\\.\\w)`, 'g');
  const map = (path: string) => (isAbsolute(path) ? join(root, normalize(path)) : join(cwd, path));
  return {
    dir,
    root,
    cwd,
    map,
    rewrite: (text) => (pattern === undefined ? text : text.replace(pattern, (match) => map(match))),
  };
}
