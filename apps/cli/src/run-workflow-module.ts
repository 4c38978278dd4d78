import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { compileFunction, constants } from 'node:vm';
import type { WorkflowBundle } from './bundle-workflow-module';
import { registerBundleSourceMap } from './source-mapped-stacks';

interface ModuleStatics {
  _nodeModulePaths(directory: string): string[];
}

/** CommonJS's wrapper: the names a module's code sees as its own. */
const COMMONJS_PARAMETERS = ['exports', 'require', 'module', '__filename', '__dirname'];

/**
 * Runs a bundled CommonJS program as if it were `file` itself: `require`, `__filename` and
 * `__dirname` are those of `file`, so packages resolve from its folder. Its stack frames show the
 * user's lines from then on: the DSL reads call sites from stacks long after the file ran.
 *
 * @returns `module.exports` of the program.
 */
export function runWorkflowModule({ code, map, packageAliases }: WorkflowBundle, file: string): unknown {
  registerBundleSourceMap(file, map);
  const module = new Module(file);
  module.filename = file;
  module.paths = (Module as unknown as ModuleStatics)._nodeModulePaths(dirname(file));
  const body = compileEagerly(code, file);
  body.call(module.exports, module.exports, requireWithAliases(file, packageAliases), module, file, dirname(file));
  module.loaded = true;
  return module.exports;
}

/**
 * `require` of `file`, except that a package the CLI provides (`@couler/dsl`) is its own copy:
 * a workflow file anywhere on disk, with no node_modules of its own, imports the versions the
 * CLI validates against. `require.resolve` agrees with it.
 */
function requireWithAliases(file: string, packageAliases: Readonly<Record<string, string>>): NodeJS.Require {
  const own = createRequire(file);
  const aliased = (id: string) => packageAliases[id] ?? id;
  const resolve = Object.assign((id: string, options?: { paths?: string[] }) => own.resolve(aliased(id), options), { paths: own.resolve.paths });
  return Object.assign((id: string) => own(aliased(id)), { resolve, cache: own.cache, extensions: own.extensions, main: own.main });
}

/**
 * Compiles the program with every function in it compiled at once. V8 compiles a function when
 * it is first called, after skimming it with the whole program: a generated workflow file is
 * thousands of small functions (`setDependencies(() => runContainer(…))`), each called once, so
 * lazy compilation reads each twice; at 10k steps that was half the time of running the file.
 * Only this program is compiled so: the packages it requires load as usual.
 */
function compileEagerly(code: string, file: string): (...commonJsArguments: unknown[]) => void {
  setFlagsFromString('--no-lazy');
  try {
    return compileFunction(code, COMMONJS_PARAMETERS, {
      filename: file,
      // `import()` in the program loads modules as it would in any CommonJS file.
      importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    }) as (...commonJsArguments: unknown[]) => void;
  } finally {
    setFlagsFromString('--lazy');
  }
}
