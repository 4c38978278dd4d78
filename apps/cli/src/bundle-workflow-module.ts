import { readFile } from 'node:fs/promises';
import type { SourceMapPayload } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BuildOptions, Loader, Message, Metafile, OutputFile, Plugin } from 'esbuild';

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

function loaderOf(path: string): Loader {
  return LOADERS[/\.[cm]?[jt]s$/.exec(path)?.[0] ?? '.js'] ?? 'js';
}

/**
 * Rewrites `import.meta.url/filename/dirname` of each file to that file's own values, which a
 * bundle would otherwise lose (esbuild has one `define` per build, not per file, hence a transform
 * of the files that use them; its inline source map is carried into the bundle's).
 */
function workflowFilesPlugin(transform: typeof import('esbuild').transform): Plugin {
  return {
    name: 'couler-workflow-files',
    setup(builder) {
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
   * The map, sources relative to the folder of the entry file. Made or read when a stack first
   * needs it: most runs map no frame, and the map of a 10k-step file is megabytes of JSON.
   */
  readonly map: () => SourceMapPayload;
  /** Where the code's `require` sends a package name (`@couler/dsl` → the CLI's own copy). */
  readonly packageAliases: Readonly<Record<string, string>>;
}

// esbuild's warning for `import.meta` in a CommonJS bundle, where it would be an empty object.
const EMPTY_IMPORT_META = 'empty-import-meta';

/** The text of the output file whose path ends with `suffix` (`.cjs`, `.map`). */
function outputText(outputFiles: ReadonlyArray<OutputFile> | undefined, suffix: string): string {
  return (outputFiles ?? []).find((out) => out.path.endsWith(suffix))!.text;
}

/** A map that maps nothing: frames keep the positions V8 gives. */
const NO_MAP: SourceMapPayload = { file: '', version: 3, sources: [], sourcesContent: [], names: [], mappings: '', sourceRoot: '' };

/**
 * The source map of `code`, made when first asked for by bundling the same files again with one:
 * esbuild writes the same code with or without a map, and making the map took a quarter of the
 * bundle's time (0.3 s at 100k steps) for the few runs that read it. If the files changed since
 * (the code differs), no frame is mapped rather than mapped to lines that are no longer there.
 */
function sourceMapOnDemand(buildSync: typeof import('esbuild').buildSync, options: BuildOptions, code: string): () => SourceMapPayload {
  return () => {
    try {
      const { outputFiles } = buildSync({ ...options, sourcemap: 'external' });
      return outputText(outputFiles, '.cjs') === code ? (JSON.parse(outputText(outputFiles, '.map')) as SourceMapPayload) : NO_MAP;
    } catch {
      return NO_MAP;
    }
  };
}

/**
 * One CommonJS program made of `file` and the local files it imports, TypeScript stripped, with
 * the source map that points stack frames back at the user's lines and columns (made when first
 * needed, see `sourceMapOnDemand`). Packages stay `require("name")` calls; `packageAliases` says
 * which of them the CLI provides.
 *
 * The first build has no plugin: a plugin's callbacks run on this process's main thread, which is
 * busy loading the CLI's commands while esbuild works (the bin starts the bundle early), and they
 * carry each file's text through a pipe; without them, `couler split` took 0.05 s less at 10k
 * steps and 0.4 s less at 100k. Only a file that reads `import.meta` needs one (see
 * `workflowFilesPlugin`): esbuild says so in a warning, and the bundle is made again with it.
 *
 * @throws WorkflowBundleError for a syntax error or an import path that does not exist.
 * @throws Error from esbuild itself for anything else (e.g. top-level await, which a CommonJS
 *   program cannot have: the caller falls back to a loader that supports it).
 */
export async function bundleWorkflowModule(file: string, packageAliases: Readonly<Record<string, string>>): Promise<WorkflowBundle> {
  // Imported here: a command that loads a JSON or YAML workflow (a `couler run` of an IR file) never starts esbuild.
  const { build, buildSync, transform } = await import('esbuild');
  const directory = dirname(file);
  const options = {
    entryPoints: [file],
    absWorkingDir: directory,
    // Never written: it places the map's source paths relative to the entry's folder.
    outfile: join(directory, `${basename(file)}.bundle.cjs`),
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    sourcemap: false,
    sourcesContent: false,
    // A bare specifier is a package: Node resolves it when the program runs, from the file's
    // folder as it would for the user's own program, so packages are not bundled.
    packages: 'external',
    // `import()` becomes `require()`, which the module evaluated at `file` can resolve.
    supported: { 'dynamic-import': false },
    logLevel: 'silent',
    metafile: true,
  } satisfies BuildOptions;
  try {
    const result = await build(options);
    if (result.warnings.some((warning) => warning.id === EMPTY_IMPORT_META)) {
      // Rare enough to make its map at once: this build cannot be repeated without its plugin.
      const withPlugin = await build({ ...options, sourcemap: 'external', plugins: [workflowFilesPlugin(transform)] });
      const mapText = outputText(withPlugin.outputFiles, '.map');
      const code = outputText(withPlugin.outputFiles, '.cjs');
      return { code: `${strictDirective(withPlugin.metafile)}${code}`, map: () => JSON.parse(mapText) as SourceMapPayload, packageAliases };
    }
    const code = outputText(result.outputFiles, '.cjs');
    return { code: `${strictDirective(result.metafile)}${code}`, map: sourceMapOnDemand(buildSync, options, code), packageAliases };
  } catch (error) {
    const problem = (error as { errors?: Message[] }).errors?.[0];
    if (problem === undefined || /top-level await/i.test(problem.text)) throw error;
    const where = problem.location?.file;
    throw new WorkflowBundleError(problem, where === undefined ? undefined : resolve(directory, where));
  }
}
