import { readFile } from 'node:fs/promises';
import type { SourceMapPayload } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader, Message, Metafile, Plugin } from 'esbuild';

/** What esbuild found wrong in the file or one it imports (a syntax error, an unresolvable path). */
export class WorkflowBundleError extends Error {
  constructor(
    readonly problem: Message,
    /** Absolute path of the file the problem is in, when esbuild names one. */
    readonly file: string | undefined,
  ) {
    super(problem.text);
    this.name = 'WorkflowBundleError';
  }
}

const LOADERS: Record<string, Loader> = { '.ts': 'ts', '.mts': 'ts', '.cts': 'ts', '.js': 'js', '.mjs': 'js', '.cjs': 'js' };
const SOURCE_FILE = /\.[cm]?[jt]s$/;
// A bare specifier: a package name, not a path. Node resolves it at run time from the file's
// folder, as it would for the user's own program, so packages are not bundled.
const BARE = /^[^./]/;

function loaderOf(path: string): Loader {
  return LOADERS[/\.[cm]?[jt]s$/.exec(path)?.[0] ?? '.js'] ?? 'js';
}

/**
 * Sends `@couler/*` to the CLI's own copies and leaves every other package to Node; rewrites
 * `import.meta.url/filename/dirname` of each file to that file's own values, which a bundle would
 * otherwise lose (esbuild has one `define` per build, not per file, hence a transform of the
 * files that use them; its inline source map is carried into the bundle's).
 */
function workflowFilesPlugin(aliases: Readonly<Record<string, string>>, transform: typeof import('esbuild').transform): Plugin {
  return {
    name: 'couler-workflow-files',
    setup(builder) {
      builder.onResolve({ filter: BARE }, ({ path }) => {
        const alias = aliases[path];
        return alias === undefined ? { path, external: true } : { path: alias, external: true };
      });
      builder.onLoad({ filter: SOURCE_FILE }, async ({ path }) => {
        const text = await readFile(path, 'utf8');
        const loader = loaderOf(path);
        if (!text.includes('import.meta')) return { contents: text, loader };
        const { code } = await transform(text, {
          loader,
          format: 'esm',
          sourcefile: path,
          sourcemap: 'inline',
          sourcesContent: false,
          target: 'node20',
          define: {
            'import.meta.url': JSON.stringify(pathToFileURL(path).href),
            'import.meta.filename': JSON.stringify(path),
            'import.meta.dirname': JSON.stringify(dirname(path)),
          },
        });
        return { contents: code, loader: 'js' };
      });
    },
  };
}

/**
 * `"use strict";` when the bundle is made of ES modules only: they are strict whatever runs
 * them, and the CommonJS bundle would otherwise run them sloppy, where an assignment to a frozen
 * workflow (`workflow()` returns one) is silently ignored instead of throwing. On the bundle's
 * first line, which is esbuild's (a helper or a comment), so the source map stays right.
 */
function strictDirective(metafile: Metafile): string {
  const formats = Object.values(metafile.inputs).map((input) => input.format);
  return formats.includes('esm') && !formats.includes('cjs') ? '"use strict";' : '';
}

/** A bundled workflow file: CommonJS code and the source map back to the user's files. */
export interface WorkflowBundle {
  readonly code: string;
  /**
   * The map, sources relative to the folder of the entry file. Read when a stack first needs it:
   * most runs map no frame, and the map of a 10k-step file is megabytes of JSON to decode.
   */
  readonly map: () => SourceMapPayload;
}

/**
 * One CommonJS program made of `file` and the local files it imports, TypeScript stripped, with
 * the source map that points stack frames back at the user's lines and columns.
 *
 * @throws WorkflowBundleError for a syntax error or an import path that does not exist.
 * @throws Error from esbuild itself for anything else (e.g. top-level await, which a CommonJS
 *   program cannot have: the caller falls back to a loader that supports it).
 */
export async function bundleWorkflowModule(file: string, aliases: Readonly<Record<string, string>>): Promise<WorkflowBundle> {
  // Imported here: a command that loads a JSON or YAML workflow (a `couler run` of an IR file) never starts esbuild.
  const { build, transform } = await import('esbuild');
  const directory = dirname(file);
  try {
    const result = await build({
      entryPoints: [file],
      absWorkingDir: directory,
      // Never written: it places the map's source paths relative to the entry's folder.
      outfile: join(directory, `${basename(file)}.bundle.cjs`),
      bundle: true,
      write: false,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      sourcemap: 'external',
      sourcesContent: false,
      // `import()` becomes `require()`, which the module evaluated at `file` can resolve.
      supported: { 'dynamic-import': false },
      logLevel: 'silent',
      metafile: true,
      plugins: [workflowFilesPlugin(aliases, transform)],
    });
    const output = (suffix: string) => result.outputFiles.find((out) => out.path.endsWith(suffix))!;
    const mapFile = output('.map');
    return { code: `${strictDirective(result.metafile)}${output('.cjs').text}`, map: () => JSON.parse(mapFile.text) as SourceMapPayload };
  } catch (error) {
    const problem = (error as { errors?: Message[] }).errors?.[0];
    if (problem === undefined || /top-level await/i.test(problem.text)) throw error;
    const where = problem.location?.file;
    throw new WorkflowBundleError(problem, where === undefined ? undefined : resolve(directory, where));
  }
}
