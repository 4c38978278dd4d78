import * as nodeModule from 'node:module';

/**
 * The `yaml` package, required when first needed instead of imported: it is some sixty CommonJS
 * files, 25 ms of the start-up of every `couler` command, and most commands never read or write
 * YAML. The DSL and the backends read and write YAML through it too, for the same reason. `node:module` is imported as a namespace, not by name: a browser bundle of this package
 * (the web app's, which checks workflow objects, never YAML text) must still build without it.
 */
export function yamlLibrary(): typeof import('yaml') {
  return nodeModule.createRequire(import.meta.url)('yaml') as typeof import('yaml');
}
