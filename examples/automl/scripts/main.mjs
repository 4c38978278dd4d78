#!/usr/bin/env node
// The README's main job: runs the AutoML workflow on the embedded engine with the CLI's live
// progress view, then prints the report it wrote.
//
//   node examples/automl/scripts/main.mjs [--python] [couler run options, e.g. --param min-accuracy=0.95]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const exampleDir = fileURLToPath(new URL('..', import.meta.url));
// `pnpm run main -- --param …` passes the `--` on; it is not an option of `couler run`.
const args = process.argv.slice(2).filter((arg, index) => !(index === 0 && arg === '--'));
const python = args.includes('--python');
const runtime = python ? 'python' : 'node';
// Steps run in their own working directories: a relative report-dir is made absolute here,
// against the directory the user ran `pnpm run` in (INIT_CWD), not this package's.
const userDir = process.env.INIT_CWD ?? process.cwd();
const absoluteReportDir = (arg, prefix) => (arg.startsWith(prefix) ? `${prefix}${resolve(userDir, arg.slice(prefix.length))}` : undefined);
const forwarded = args.filter((arg) => arg !== '--python').map((arg) => absoluteReportDir(arg, 'report-dir=') ?? absoluteReportDir(arg, '--param=report-dir=') ?? arg);

function stop(message) {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

// The CLI is a workspace dependency; its bin is resolved here rather than from node_modules/.bin,
// which pnpm cannot link before the CLI is built.
const require = createRequire(import.meta.url);
const cli = join(dirname(require.resolve('@couler/cli/package.json')), 'dist', 'bin.js');
if (!existsSync(cli)) stop(`The couler CLI is not built (${cli} is missing): run \`npx -y pnpm@10 --filter @couler/cli... run build\` first.`);
if (python && spawnSync('python3', ['--version'], { stdio: 'ignore' }).status !== 0) {
  stop('The Python variant needs python3 on the PATH, and there is none: install python3, or run the Node variant without --python.');
}

/** `--param report-dir=…` / `-p report-dir=…` among the forwarded options, else the workflow's default. */
function reportDir() {
  let chosen = join(exampleDir, 'out', runtime);
  forwarded.forEach((arg, index) => {
    const value = arg === '--param' || arg === '-p' ? forwarded[index + 1] : arg.startsWith('--param=') ? arg.slice('--param='.length) : undefined;
    if (value?.startsWith('report-dir=')) chosen = value.slice('report-dir='.length);
  });
  return chosen;
}

const workflowFile = join(exampleDir, 'src', python ? 'automl-python.ts' : 'automl.ts');
const run = spawnSync(process.execPath, [cli, 'run', workflowFile, ...forwarded], { stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);

const report = join(reportDir(), 'report.md');
if (!existsSync(report)) stop(`The run succeeded but wrote no report at ${report}.`);
process.stdout.write(`\n${readFileSync(report, 'utf8')}\nReport: ${report}\n`);
