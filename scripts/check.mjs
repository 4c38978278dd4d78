#!/usr/bin/env node
// The whole test suite, as the README and CI run it: build, type-check, lint (Biome, over the
// whole repository), then every workspace package's tests (through turbo, so each package is
// tested on its own), ending with one line `N passed, N failed` counted from the test runners'
// own JSON reports.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const RESULT_FILE = '.vitest-result.json';

/**
 * A folder holding `python3`, a link to the interpreter `python3` names here. The suite starts
 * python3 thousands of times (Python steps, Airflow pods, fake kubectl); where python3 is a
 * launcher (pyenv's shims are bash scripts running pyenv, several processes each), a start costs
 * 0.3–0.8 s more than the interpreter's own, and a test with eight pods took twice as long.
 * Undefined without python3, or in a virtual environment, which a link would leave.
 */
function interpreterFolder() {
  const run = spawnSync('python3', ['-c', 'import sys; print(sys.executable if sys.prefix == sys.base_prefix else "")'], { encoding: 'utf8' });
  const executable = run.status === 0 ? run.stdout.trim() : '';
  if (executable === '') return undefined;
  const folder = mkdtempSync(join(tmpdir(), 'couler-check-python-'));
  symlinkSync(executable, join(folder, 'python3'));
  return folder;
}

const python = interpreterFolder();
const env = {
  ...process.env,
  ...(python && { PATH: `${python}${delimiter}${process.env.PATH ?? ''}` }),
  TURBO_TELEMETRY_DISABLED: '1',
  DO_NOT_TRACK: '1',
};

function workspacePackages() {
  const out = [];
  for (const folder of ['packages', 'apps', 'examples', 'tests']) {
    const dir = join(root, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const manifestPath = join(dir, name, 'package.json');
      if (!existsSync(manifestPath)) continue;
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
      out.push({ dir: join(dir, name), name: manifest.name, hasTests: Boolean(manifest.scripts?.test) });
    }
  }
  return out;
}

function run(tool, args) {
  console.log(`\n$ ${tool} ${args.join(' ')}`);
  const result = spawnSync('npx', [tool, ...args], { cwd: root, stdio: 'inherit', env });
  return result.status === 0;
}

const turbo = (args) => run('turbo', args);

const packages = workspacePackages();
for (const pkg of packages) rmSync(join(pkg.dir, RESULT_FILE), { force: true });

const steps = [];
steps.push(['build', turbo(['run', 'build', '--output-logs=errors-only'])]);
steps.push(['typecheck', turbo(['run', 'typecheck', '--continue', '--output-logs=errors-only'])]);
// One run over the repository (biome.jsonc says what is linted); a warning fails it as an error does.
steps.push(['lint', run('biome', ['lint', '--error-on-warnings', '.'])]);
// --only: the builds are done. Without it turbo builds every package again beside the tests, as
// the arguments after `--` change the hash of every task of the run, the builds' included; on two
// cores those builds were minutes of CPU taken from tests with time limits.
// The time limits guard against a test that hangs; they measure nothing. Here up to ten packages
// share the machine's cores, and a test that takes 13 s alone took over 60 s in CI, so each gets
// 5 minutes (a hook, which may build or pack whole packages, 20) unless it sets its own.
const TIME_LIMITS = ['--testTimeout=300000', '--hookTimeout=1200000'];
steps.push([
  'test',
  turbo(['run', 'test', '--continue', '--only', '--', ...TIME_LIMITS, '--reporter=default', '--reporter=json', `--outputFile=${RESULT_FILE}`]),
]);

let passed = 0;
let failed = 0;
let skipped = 0;
const problems = [];
for (const pkg of packages.filter((p) => p.hasTests)) {
  const file = join(pkg.dir, RESULT_FILE);
  if (!existsSync(file)) {
    failed += 1;
    problems.push(`${pkg.name}: its tests did not run to the end (no report); see the output above.`);
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  // A suite that fails to load counts no test; count it as one failure so it cannot hide.
  // Name every failed test, so the last lines of a long CI log say what broke.
  for (const file of report.testResults) {
    for (const test of file.assertionResults) {
      if (test.status !== 'failed') continue;
      const message = String(test.failureMessages?.[0] ?? '').split('\n')[0].slice(0, 300);
      problems.push(`${pkg.name}: ${relative(pkg.dir, file.name)} › ${test.fullName}: ${message}`);
    }
  }
  // A file that failed with no failed test: it did not load, or a hook (beforeAll) failed and its
  // tests were skipped. Either way it counts as one failure, named with its first line.
  const brokenFiles = report.testResults.filter((t) => t.status === 'failed' && !t.assertionResults.some((test) => test.status === 'failed'));
  failed += brokenFiles.length;
  for (const t of brokenFiles) problems.push(`${pkg.name}: ${relative(pkg.dir, t.name)} failed outside its tests (loading it, or a hook): ${String(t.message ?? '').split('\n')[0] || 'see its output above'}`);
  if (report.numTotalTests === 0 && brokenFiles.length === 0) problems.push(`${pkg.name}: ran no test.`);
}
for (const [name, ok] of steps) if (!ok && name !== 'test') {
  failed += 1;
  problems.push(`${name} failed; see the output above.`);
}

if (python) rmSync(python, { recursive: true, force: true });

console.log('');
for (const problem of problems) console.log(`problem: ${problem}`);
if (skipped > 0) console.log(`(${skipped} skipped)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && steps.every(([, ok]) => ok) ? 0 : 1);
