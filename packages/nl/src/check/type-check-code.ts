import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as TypeScript from 'typescript';
import type { CodeProblem } from './code-problem';

type Ts = typeof TypeScript;

// "Cannot find name 'require' / 'process' / 'Buffer'… Do you need to install type definitions for node?"
const NODE_NAME_CODES = new Set([2580, 2591, 2592]);

/** The name the generated file has inside the in-memory program. */
export const GENERATED_FILE = '/couler-nl/generated-workflow.ts';

/** A name the workflow's build function declares, with the type the compiler gave it. */
export interface DeclaredName {
  readonly name: string;
  /** `StepHandle`, `StepHandle[]`, `(model: string) => StepHandle`. */
  readonly type: string;
}

export interface TypeCheckResult {
  readonly problems: CodeProblem[];
  /** Names declared at the top of the build function, for the next subtask's prompt. */
  readonly declared: DeclaredName[];
}

/**
 * Type-checks generated workflow files in memory against the installed `@couler/dsl`, as `tsc
 * --strict --noEmit` would, without writing anything. The compiler and the declaration files of
 * the DSL, the IR and the standard library are loaded once and shared by every check, so a
 * check costs the generated file alone.
 */
export class InMemoryTypeChecker {
  private readonly cache = new Map<string, TypeScript.SourceFile | undefined>();
  private oldProgram: TypeScript.Program | undefined;

  private constructor(
    private readonly ts: Ts,
    private readonly options: TypeScript.CompilerOptions,
  ) {}

  static async create(): Promise<InMemoryTypeChecker> {
    // Loaded only when generating: the compiler is large.
    const { default: ts } = await import('typescript');
    return new InMemoryTypeChecker(ts, {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2023.d.ts'],
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      esModuleInterop: true,
      // No @types: generated code has no business with `process`, `require` or the file system.
      types: [],
      paths: dslPaths(),
    });
  }

  check(source: string): TypeCheckResult {
    const { ts } = this;
    const host = ts.createCompilerHost(this.options);
    const getSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (fileName, languageVersion) => {
      if (fileName === GENERATED_FILE) return ts.createSourceFile(fileName, source, languageVersion, true);
      if (!this.cache.has(fileName)) this.cache.set(fileName, getSourceFile(fileName, languageVersion));
      return this.cache.get(fileName);
    };
    const fileExists = host.fileExists.bind(host);
    const readFile = host.readFile.bind(host);
    host.fileExists = (fileName) => fileName === GENERATED_FILE || fileExists(fileName);
    host.readFile = (fileName) => (fileName === GENERATED_FILE ? source : readFile(fileName));
    const program = ts.createProgram({ rootNames: [GENERATED_FILE], options: this.options, host, ...(this.oldProgram && { oldProgram: this.oldProgram }) });
    this.oldProgram = program;
    const file = program.getSourceFile(GENERATED_FILE)!;
    const lines = source.split('\n');
    const diagnostics = ts.getPreEmitDiagnostics(program, file).filter((diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error);
    const problems = diagnostics.map((diagnostic): CodeProblem => {
      const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n  ');
      // "Cannot find name 'process' … install @types/node" would send the model the wrong way.
      const message = NODE_NAME_CODES.has(diagnostic.code)
        ? `TS${diagnostic.code}: ${text.split('.')[0]}: a workflow's build function has @couler/dsl and the JavaScript standard library, not Node's APIs.`
        : `TS${diagnostic.code}: ${text}`;
      const stage = diagnostic.code < 2000 ? 'syntax' : 'types';
      if (diagnostic.file?.fileName !== GENERATED_FILE || diagnostic.start === undefined) return { stage, message };
      const line = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1;
      return { stage, message, line, lineText: lines[line - 1] ?? '' };
    });
    return { problems, declared: declaredNames(ts, program, file) };
  }
}

/**
 * `paths` that send `@couler/dsl` and `@couler/ir` to the declarations of this package's own
 * copies, so the code is checked against the API it will be built with.
 */
function dslPaths(): Record<string, string[]> {
  const require = createRequire(import.meta.url);
  const paths: Record<string, string[]> = {};
  for (const name of ['@couler/dsl', '@couler/ir']) {
    const directory = dirname(require.resolve(`${name}/package.json`));
    paths[name] = [join(directory, 'dist', 'index.d.ts')];
  }
  return paths;
}

/** The variables and functions declared directly in the body of `workflow(name, () => { … })`. */
function declaredNames(ts: Ts, program: TypeScript.Program, file: TypeScript.SourceFile): DeclaredName[] {
  const checker = program.getTypeChecker();
  const body = findBuildFunctionBody(ts, file);
  if (!body) return [];
  const declared: DeclaredName[] = [];
  for (const statement of body.statements) {
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name)) continue;
        declared.push({ name: declaration.name.text, type: checker.typeToString(checker.getTypeAtLocation(declaration.name)) });
      }
    } else if (ts.isFunctionDeclaration(statement) && statement.name) {
      declared.push({ name: statement.name.text, type: checker.typeToString(checker.getTypeAtLocation(statement.name)) });
    }
  }
  return declared;
}

function findBuildFunctionBody(ts: Ts, file: TypeScript.SourceFile): TypeScript.Block | undefined {
  for (const statement of file.statements) {
    if (!ts.isExportAssignment(statement) || !ts.isCallExpression(statement.expression)) continue;
    const build = statement.expression.arguments[1];
    if (build && (ts.isArrowFunction(build) || ts.isFunctionExpression(build)) && ts.isBlock(build.body)) return build.body;
  }
  return undefined;
}
