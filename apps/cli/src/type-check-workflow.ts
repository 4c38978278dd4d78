import { createRequire } from 'node:module';
import { dirname, extname, join, resolve } from 'node:path';
import { CoulerError } from '@couler/ir';
import { PROVIDED_PACKAGES } from './own-package-aliases';

const CHECKED_EXTENSIONS = new Set(['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs']);

/**
 * `paths` entries that send `@couler/dsl` and `@couler/ir` to the type declarations of the
 * CLI's own copies, so a workflow file anywhere on disk is checked against the API it runs with.
 */
function ownPackagePaths(): Record<string, string[]> {
  const require = createRequire(import.meta.url);
  const paths: Record<string, string[]> = {};
  for (const name of PROVIDED_PACKAGES) {
    try {
      const directory = dirname(require.resolve(`${name}/package.json`));
      paths[name] = [join(directory, 'dist', 'index.d.ts')];
      paths[`${name}/*`] = [join(directory, 'dist', '*', 'index.d.ts')];
    } catch {
      // Not installed: the file's own imports then resolve as usual, or fail with TS2307.
    }
  }
  return paths;
}

/**
 * Type-checks a workflow file against `@couler/dsl` with the TypeScript compiler, as `tsc
 * --strict --noEmit` would, and returns each error as a located `INVALID_DSL_USAGE` problem
 * (`TS2353: Object literal may only specify known properties…`, at file:line:column). JavaScript
 * files are checked too (`checkJs`). IR documents have no types to check.
 *
 * @throws CoulerError `INVALID_FIELD` for a file that is not TypeScript or JavaScript.
 */
export async function typeCheckWorkflow(file: string, cwd: string): Promise<CoulerError[]> {
  const absolute = resolve(cwd, file);
  if (!CHECKED_EXTENSIONS.has(extname(absolute))) {
    throw new CoulerError('INVALID_FIELD', `--types checks TypeScript and JavaScript workflow files; "${file}" is an IR document.`, {
      path: ['types'],
      hint: 'Drop --types: an IR document is checked against the IR schema by couler validate.',
    });
  }
  // Loaded only when asked for: the compiler is large.
  const { default: ts } = await import('typescript');
  const program = ts.createProgram([absolute], {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    allowJs: true,
    checkJs: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    allowImportingTsExtensions: true,
    esModuleInterop: true,
    types: [],
    paths: ownPackagePaths(),
  });
  const diagnostics = ts.getPreEmitDiagnostics(program).filter((diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error);
  return diagnostics.map((diagnostic) => {
    const message = `TS${diagnostic.code}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n  ')}`;
    if (diagnostic.file === undefined || diagnostic.start === undefined) return new CoulerError('INVALID_DSL_USAGE', message);
    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return new CoulerError('INVALID_DSL_USAGE', message, { locations: [{ file: diagnostic.file.fileName, line: line + 1, column: character + 1 }] });
  });
}
