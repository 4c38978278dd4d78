import { SourceMap, type SourceMapPayload } from 'node:module';
import { dirname, resolve } from 'node:path';

/**
 * Stack frames of bundled workflow files shown at the user's own lines and columns.
 *
 * The bundle runs under the user's file name, so V8 reports its generated positions there. Node's
 * own source-map support would fix them, but only while nobody else owns `Error.prepareStackTrace`
 * (test runners do), so the CLI maps its bundles itself and hands every other frame, unchanged, to
 * whatever formatted stacks before. The DSL reads its call sites from these stacks, errors quote
 * them: both must name the line the user wrote.
 */

interface Bundle {
  /** Read and parsed for the first stack that needs it: most runs map none, and a big map is slow to parse. */
  map: SourceMap | (() => SourceMapPayload);
  readonly directory: string;
}

const bundles = new Map<string, Bundle>();
let installed = false;

/** Frames of `file` are mapped through `map` (esbuild's, sources relative to the file's folder). */
export function registerBundleSourceMap(file: string, map: () => SourceMapPayload): void {
  bundles.set(file, { map, directory: dirname(file) });
  if (!installed) installPrepareStackTrace();
  installed = true;
}

type Site = NodeJS.CallSite;

/** V8's own frame text (`fn (file:line:col)`, `new Fn (…)`, `Type.fn [as m] (…)`), for a moved site. */
function frameText(site: Site, location: string): string {
  const functionName = site.getFunctionName();
  const prefix = site.isAsync() ? 'async ' : '';
  if (site.isConstructor()) return `${prefix}new ${functionName ?? '<anonymous>'} (${location})`;
  if (!site.isToplevel()) {
    const typeName = site.getTypeName();
    const methodName = site.getMethodName();
    if (!functionName) return `${prefix}${typeName ?? '<anonymous>'}.${methodName ?? '<anonymous>'} (${location})`;
    const owner = typeName && !functionName.startsWith(typeName) ? `${typeName}.` : '';
    const alias = methodName && methodName !== functionName && !functionName.endsWith(`.${methodName}`) ? ` [as ${methodName}]` : '';
    return `${prefix}${owner}${functionName}${alias} (${location})`;
  }
  return functionName ? `${prefix}${functionName} (${location})` : `${prefix}${location}`;
}

/** `site` with the position of the user's source, or `site` itself when it is not in a bundle. */
function mappedSite(site: Site): Site {
  const file = site.getFileName();
  const bundle = file === undefined || file === null ? undefined : bundles.get(file);
  const line = site.getLineNumber();
  const column = site.getColumnNumber();
  if (!bundle || line === null || column === null) return site;
  if (!(bundle.map instanceof SourceMap)) bundle.map = new SourceMap(bundle.map());
  const entry = bundle.map.findEntry(line - 1, column - 1) as Partial<{ originalSource: string; originalLine: number; originalColumn: number }>;
  if (entry.originalSource === undefined || entry.originalLine === undefined || entry.originalColumn === undefined) return site;
  const source = resolve(bundle.directory, entry.originalSource.replace(/^file:\/\//, ''));
  const original = { line: entry.originalLine + 1, column: entry.originalColumn + 1 };
  const location = `${source}:${original.line}:${original.column}`;
  // CallSite methods need a real CallSite as `this`: copy them, bound, then move the position.
  const moved: Record<string, unknown> = {};
  for (const key of Object.getOwnPropertyNames(Object.getPrototypeOf(site))) {
    const method = (site as unknown as Record<string, unknown>)[key];
    if (key !== 'constructor' && typeof method === 'function') moved[key] = method.bind(site);
  }
  Object.assign(moved, {
    getFileName: () => source,
    getScriptNameOrSourceURL: () => source,
    getLineNumber: () => original.line,
    getColumnNumber: () => original.column,
    toString: () => frameText(site, location),
  });
  return moved as unknown as Site;
}

function installPrepareStackTrace(): void {
  const previous = Error.prepareStackTrace;
  Error.prepareStackTrace = (error, sites) => {
    const mapped = sites.map(mappedSite);
    if (previous) return previous(error, mapped);
    let header: string;
    try {
      header = String(error);
    } catch {
      header = '<error>';
    }
    return [header, ...mapped.map((site) => `    at ${site}`)].join('\n');
  };
}
