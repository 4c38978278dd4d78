import Module from 'node:module';
import { dirname } from 'node:path';
import type { WorkflowBundle } from './bundle-workflow-module';
import { registerBundleSourceMap } from './source-mapped-stacks';

type CompilableModule = Module & { _compile(code: string, filename: string): void };
interface ModuleStatics {
  _nodeModulePaths(directory: string): string[];
}

/**
 * Runs a bundled CommonJS program as if it were `file` itself: `require`, `__filename` and
 * `__dirname` are those of `file`, so packages resolve from its folder. Its stack frames show the
 * user's lines from then on: the DSL reads call sites from stacks long after the file ran.
 *
 * @returns `module.exports` of the program.
 */
export function runWorkflowModule({ code, map }: WorkflowBundle, file: string): unknown {
  registerBundleSourceMap(file, map);
  const module = new Module(file) as CompilableModule;
  module.filename = file;
  module.paths = (Module as unknown as ModuleStatics)._nodeModulePaths(dirname(file));
  module._compile(code, file);
  return module.exports;
}
