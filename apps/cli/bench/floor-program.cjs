#!/usr/bin/env node
// The least any Node program must do for `couler compile FILE --split -o DIR` (or `couler split
// FILE`, with `--no-write`) of a layered workflow file: bundle the TypeScript with esbuild, the
// same build the CLI makes; compile it eagerly, as the CLI does; run it against a DSL that only
// records each step's name, container and dependencies; and write the steps, 200 a part, as
// JSON files. No validation, no IR, no split algorithm, no Argo, no YAML. It is the reference
// `cli-scale.bench.mjs` prints beside couler: a goal below this figure cannot be met on the
// machine by any Node CLI that runs the user's file.
//
// Usage: node floor-program.cjs FILE DIR | node floor-program.cjs FILE --no-write
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { setFlagsFromString } = require('node:v8');
const { compileFunction } = require('node:vm');

const PART_STEPS = 200;

/** A DSL with the shapes the layered bench file calls, which keeps what a part file needs. */
function recordingDsl() {
  const steps = [];
  return {
    steps,
    workflow: (name, body) => {
      body();
      return { name, steps };
    },
    runContainer: (options) => {
      const step = { name: options.stepName, image: options.image, command: options.command, args: options.args, dependencies: [] };
      steps.push(step);
      return step;
    },
    setDependencies: (make, dependencies) => {
      make().dependencies = dependencies;
    },
  };
}

async function main() {
  const [file, target] = process.argv.slice(2);
  if (!file || !target) throw new Error('usage: node floor-program.cjs FILE (DIR | --no-write)');
  const { build } = require('esbuild');
  const { outputFiles } = await build({ entryPoints: [file], bundle: true, write: false, format: 'cjs', platform: 'node', target: 'node20', packages: 'external', logLevel: 'silent' });
  setFlagsFromString('--no-lazy');
  const program = compileFunction(outputFiles[0].text, ['exports', 'require', 'module']);
  setFlagsFromString('--lazy');
  const module = { exports: {} };
  const dsl = recordingDsl();
  program.call(module.exports, module.exports, () => dsl, module);
  const workflow = module.exports.default;
  const parts = [];
  for (let at = 0; at < workflow.steps.length; at += PART_STEPS) parts.push(workflow.steps.slice(at, at + PART_STEPS));
  if (target === '--no-write') {
    process.stdout.write(`${workflow.steps.length} steps, ${parts.length} parts\n`);
    return;
  }
  mkdirSync(target, { recursive: true });
  parts.forEach((steps, index) => {
    const name = `${workflow.name}-part-${index + 1}`;
    const document = {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Workflow',
      metadata: { name },
      spec: {
        entrypoint: 'main',
        templates: [
          { name: 'main', dag: { tasks: steps.map((step) => ({ name: step.name, template: step.name, dependencies: step.dependencies })) } },
          ...steps.map((step) => ({ name: step.name, container: { image: step.image, command: step.command, args: step.args } })),
        ],
      },
    };
    writeFileSync(join(target, `${name}.json`), JSON.stringify(document, null, 2));
  });
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
