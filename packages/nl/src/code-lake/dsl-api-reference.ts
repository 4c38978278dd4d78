import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as TypeScript from 'typescript';
import type { CodeLakeDocument } from './code-lake-document';

/** The names `@couler/dsl` exports, split as an `import` line needs them. */
export interface DslExports {
  readonly values: ReadonlySet<string>;
  readonly types: ReadonlySet<string>;
}

export interface DslApiReference {
  readonly exports: DslExports;
  /** One document per exported name: its declarations with their JSDoc. */
  readonly documents: ReadonlyArray<CodeLakeDocument>;
}

// The step zoo's entry point and the option types only its jobs take.
const STEP_ZOO_NAMES = new Set(['steps', 'RoleOptions', 'TrainingJobOptions', 'TensorFlowTrainOptions', 'PyTorchTrainOptions', 'MpiRunOptions', 'XGBoostTrainOptions']);

/**
 * The API reference of the installed `@couler/dsl`, read from its declaration file: what the
 * model is told about the API is always what the type-check will hold its code to.
 */
export function readDslApiReference(ts: typeof TypeScript): DslApiReference {
  const require = createRequire(import.meta.url);
  const file = join(dirname(require.resolve('@couler/dsl/package.json')), 'dist', 'index.d.ts');
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const values = new Set<string>();
  const types = new Set<string>();
  const declarations = new Map<string, string[]>();
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) (element.isTypeOnly || statement.isTypeOnly ? types : values).add(element.name.text);
      continue;
    }
    const name = declaredName(ts, statement);
    if (name === undefined) continue;
    declarations.set(name, [...(declarations.get(name) ?? []), statement.getFullText(source).trim()]);
  }
  const documents: CodeLakeDocument[] = [];
  for (const name of [...values, ...types]) {
    const texts = declarations.get(name);
    if (!texts) continue;
    // A function's document also holds the option types it takes: the model needs both to call it.
    const own = texts.join('\n');
    const optionTypes = values.has(name) ? [...types].filter((type) => type.endsWith('Options') && new RegExp(`\\b${type}\\b`).test(own)) : [];
    const source = STEP_ZOO_NAMES.has(name) ? 'step-zoo' : 'api';
    documents.push({ id: `${source}:${name}`, source, title: name, text: [own, ...optionTypes.flatMap((type) => declarations.get(type) ?? [])].join('\n') });
  }
  return { exports: { values, types }, documents };
}

function declaredName(ts: typeof TypeScript, statement: TypeScript.Statement): string | undefined {
  if (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) {
    return statement.name?.text;
  }
  if (ts.isVariableStatement(statement)) {
    const first = statement.declarationList.declarations[0];
    return first && ts.isIdentifier(first.name) ? first.name.text : undefined;
  }
  return undefined;
}
