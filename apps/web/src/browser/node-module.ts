/**
 * `node:module` in the browser build: @couler/ir requires the `yaml` package through it when it
 * reads or writes YAML text, which the web app never asks of it (it checks workflow objects).
 */
export function createRequire(): never {
  throw new Error('@couler/ir reads and writes YAML in Node only; the web app passes it workflow objects.');
}
