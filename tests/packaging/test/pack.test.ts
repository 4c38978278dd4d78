import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverPublishedPackages, type PublishedPackage } from './discover-packages';
import { GENERIC_CHECK, PACKAGE_CHECKS } from './package-checks';
import { createScratchProject, listTarball, packPackage, readFromTarball, run, runAllowingFailure } from './scratch-project';

/**
 * Publishes every package the way users get it: `pnpm pack` (which turns `workspace:^` into real
 * ranges), one `npm install` of all tarballs in a project outside the workspace, then each package
 * is imported from ESM, required from CommonJS and type-checked with `nodenext` resolution.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const packages = discoverPublishedPackages(root);

interface Manifest {
  name: string;
  private?: boolean;
  main?: string;
  module?: string;
  types?: string;
  exports?: unknown;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}
interface Packed {
  tarball: string;
  files: string[];
  manifest: Manifest;
  manifestText: string;
}
interface CheckOutput {
  value: unknown;
  resolved: string;
  exportNames: string[];
}

let work = '';
let project = '';
const packed = new Map<string, Packed>();
const timings: Array<[string, number]> = [];

async function timed<T>(label: string, action: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await action();
  } finally {
    timings.push([label, Math.round(performance.now() - start)]);
  }
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'couler-pack-'));
  // Three packs at a time: each is mostly waiting on its own pnpm process to start.
  const queue = packages.filter((candidate) => candidate.built);
  const packNext = async (): Promise<void> => {
    for (let pkg = queue.shift(); pkg !== undefined; pkg = queue.shift()) {
      const { name, dir, slug } = pkg;
      const tarball = await timed(`pack ${name}`, () => packPackage(dir, join(work, 'tarballs', slug)));
      const manifestText = await readFromTarball(tarball, 'package.json');
      packed.set(name, { tarball, files: await listTarball(tarball), manifest: JSON.parse(manifestText) as Manifest, manifestText });
    }
  };
  await timed('pack every package, three at a time', () => Promise.all([packNext(), packNext(), packNext()]));
  if (packed.size === 0) return;
  project = join(work, 'project');
  const tarballs = Object.fromEntries([...packed].sort(([a], [b]) => a.localeCompare(b)).map(([name, { tarball }]) => [name, tarball]));
  await timed('npm install of every tarball', () => createScratchProject(project, tarballs));
});

afterAll(() => {
  if (timings.length > 0) console.info(`pack test timings: ${timings.map(([label, ms]) => `${label} ${ms} ms`).join(', ')}`);
  if (work) rmSync(work, { recursive: true, force: true });
});

function packedOf(pkg: PublishedPackage): Packed {
  const result = packed.get(pkg.name);
  if (!result) throw new Error(`${pkg.name} was not packed.`);
  return result;
}

/** Every file a manifest points at (`main`, `module`, `types`, each `exports` target), without `./`. */
function declaredFiles(manifest: Manifest): string[] {
  const targets: string[] = [];
  const visit = (value: unknown) => {
    if (typeof value === 'string') targets.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit([manifest.main, manifest.module, manifest.types, manifest.exports]);
  return [...new Set(targets.filter((target) => !target.includes('*')).map((target) => target.replace(/^\.\//, '')))].sort();
}

const checkRuns = new Map<string, Promise<CheckOutput>>();

/** Writes `check-<slug>.mjs`/`.cjs` into the scratch project from the package's fixture and runs it. */
function runCheck(pkg: PublishedPackage, system: 'esm' | 'cjs'): Promise<CheckOutput> {
  const key = `${pkg.name}:${system}`;
  let pending = checkRuns.get(key);
  if (!pending) {
    const spec = PACKAGE_CHECKS[pkg.name] ?? GENERIC_CHECK;
    const body = readFileSync(join(fixtures, spec.fixture, 'check.js'), 'utf8').replaceAll('__PACKAGE__', pkg.name);
    const name = JSON.stringify(pkg.name);
    const importAny = `(specifier) => specifier.endsWith('.json') ? import(specifier, { with: { type: 'json' } }) : import(specifier)`;
    const source =
      system === 'esm'
        ? [
            `import { createRequire } from 'node:module';`,
            `import { fileURLToPath } from 'node:url';`,
            `const require = createRequire(import.meta.url);`,
            body,
            `const value = await check(${importAny}, async (specifier) => require(specifier));`,
            `const main = await import(${name});`,
            `console.log(JSON.stringify({ value, resolved: fileURLToPath(import.meta.resolve(${name})), exportNames: Object.keys(main).sort() }));`,
          ].join('\n')
        : [
            `'use strict';`,
            body,
            `check(async (specifier) => require(specifier), ${importAny}).then(`,
            `  (value) => console.log(JSON.stringify({ value, resolved: require.resolve(${name}), exportNames: Object.keys(require(${name})).sort() })),`,
            `  (error) => { console.error(error); process.exitCode = 1; },`,
            `);`,
          ].join('\n');
    const file = `check-${pkg.slug}.${system === 'esm' ? 'mjs' : 'cjs'}`;
    writeFileSync(join(project, file), `${source}\n`);
    pending = run(process.execPath, [file], project).then(({ stdout }) => JSON.parse(stdout.trim().split('\n').at(-1)!) as CheckOutput);
    checkRuns.set(key, pending);
  }
  return pending;
}

interface TypeCheck {
  /** tsc's diagnostics by the absolute path of the file they are in ('' for global ones). */
  readonly byFile: Map<string, string[]>;
  readonly exitCode: number;
}
let typeCheck: Promise<TypeCheck> | undefined;

/**
 * One tsc program over every package's usage files, as a user importing several packages has.
 * One run, not one per package: each run checks @types/node and every dependency's types again,
 * which cost over a minute per package on a loaded CI machine. Diagnostics are sorted to the
 * package whose usage files or dist they are in.
 */
/** The first package's test waits for the one tsc program of all: 3 minutes on CI, over 20 on a 2-core machine under load. */
const TYPE_CHECK_TIMEOUT_MS = 1_800_000;

function typeCheckAll(): Promise<TypeCheck> {
  typeCheck ??= (async () => {
    const files: string[] = [];
    for (const pkg of packages.filter((candidate) => candidate.built)) {
      const spec = PACKAGE_CHECKS[pkg.name] ?? GENERIC_CHECK;
      const source = readFileSync(join(fixtures, spec.fixture, 'types.ts'), 'utf8').replaceAll('__PACKAGE__', pkg.name);
      const dir = join(project, `types-${pkg.slug}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'usage.mts'), source);
      writeFileSync(join(dir, 'usage.cts'), source);
      files.push(join(dir, 'usage.mts'), join(dir, 'usage.cts'));
    }
    const args = ['--noEmit', '--strict', '--pretty', 'false', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--types', 'node'];
    const { stdout, exitCode } = await timed('tsc of every package', () => runAllowingFailure(process.execPath, [tsc, ...args, ...files], project));
    const byFile = new Map<string, string[]>();
    let current: string[] | undefined;
    for (const line of stdout.split('\n')) {
      if (line.trim() === '') continue;
      const located = /^(.+?)\(\d+,\d+\): /.exec(line);
      if (located || !current) {
        const file = located ? join(project, located[1]!) : '';
        current = byFile.get(file) ?? [];
        byFile.set(file, current);
      }
      current.push(line);
    }
    return { byFile, exitCode };
  })();
  return typeCheck;
}

it('finds the published packages under packages/*, @couler/ir among them', () => {
  expect(packages.map((pkg) => pkg.name)).toContain('@couler/ir');
  expect(packages.every((pkg) => pkg.name.length > 0)).toBe(true);
});

describe.each(packages)('$name', (pkg) => {
  if (!pkg.built) {
    // turbo builds every package before this test; a package without dist/ would ship nothing.
    it('is built', () => {
      expect.fail(`no dist/ in ${relative(root, pkg.dir)}: build it first, and list it in tests/packaging devDependencies so turbo does`);
    });
    return;
  }

  it('packs dist (ESM, CJS and both type files), package.json and README.md, and no test files', () => {
    const { files } = packedOf(pkg);
    const required = ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'package.json', 'README.md'];
    expect(required.filter((file) => !files.includes(file)), 'missing from the tarball').toEqual([]);
    expect(files.filter((file) => /\.test(-d)?\.[cm]?[jt]s$|(^|\/)__(fixtures|snapshots)__\//.test(file))).toEqual([]);
  });

  it('publishes real version ranges and ships every file its manifest points at', () => {
    const { files, manifest, manifestText } = packedOf(pkg);
    expect(manifestText).not.toContain('workspace:');
    expect(manifest.private).not.toBe(true);
    const missing = declaredFiles(manifest).filter((file) => !files.includes(file));
    expect(missing).toEqual([]);
  });

  it('installs from its tarball, with its @couler dependencies from the tarballs and not the registry', () => {
    const installed = join(project, 'node_modules', ...pkg.name.split('/'));
    expect(readFileSync(join(installed, 'package.json'), 'utf8')).toBe(packedOf(pkg).manifestText);
    const { dependencies = {}, peerDependencies = {}, optionalDependencies = {} } = packedOf(pkg).manifest;
    for (const dependency of Object.keys({ ...dependencies, ...peerDependencies, ...optionalDependencies })) {
      if (!packed.has(dependency)) continue;
      // One copy, at the top, from our tarball: no nested copy fetched to satisfy a range.
      expect(existsSync(join(installed, 'node_modules', ...dependency.split('/'))), `nested ${dependency}`).toBe(false);
      const top = readFileSync(join(project, 'node_modules', ...dependency.split('/'), 'package.json'), 'utf8');
      expect(top).toBe(packed.get(dependency)!.manifestText);
    }
  });

  it('works when imported from an ES module', async () => {
    const output = await runCheck(pkg, 'esm');
    expect(output.value).toEqual((PACKAGE_CHECKS[pkg.name] ?? GENERIC_CHECK).expected);
    expect(relative(project, output.resolved).split(sep)).toEqual(['node_modules', ...pkg.name.split('/'), 'dist', 'index.js']);
    expect(output.exportNames.length).toBeGreaterThan(0);
  });

  it('works when required from CommonJS, with the same exports as the ES build', async () => {
    const output = await runCheck(pkg, 'cjs');
    expect(output.value).toEqual((PACKAGE_CHECKS[pkg.name] ?? GENERIC_CHECK).expected);
    expect(relative(project, output.resolved).split(sep)).toEqual(['node_modules', ...pkg.name.split('/'), 'dist', 'index.cjs']);
    expect(output.exportNames).toEqual((await runCheck(pkg, 'esm')).exportNames);
  });

  it('type-checks for TypeScript users under nodenext resolution, imported (.mts) and required (.cts)', async () => {
    const { byFile } = await typeCheckAll();
    const own = [join(project, `types-${pkg.slug}`), join(project, 'node_modules', ...pkg.name.split('/'))].map((prefix) => prefix + sep);
    const diagnostics = [...byFile].filter(([file]) => own.some((prefix) => file.startsWith(prefix))).flatMap(([, lines]) => lines);
    expect(diagnostics).toEqual([]);
  }, TYPE_CHECK_TIMEOUT_MS);
});

it('type-checks all packages together with nothing reported outside them (no clash between their types)', async () => {
  const { byFile, exitCode } = await typeCheckAll();
  const ours = [join(project, 'types-'), join(project, 'node_modules', '@couler') + sep];
  const elsewhere = [...byFile].filter(([file]) => !ours.some((prefix) => file.startsWith(prefix))).flatMap(([, lines]) => lines);
  expect(elsewhere).toEqual([]);
  expect(exitCode === 0 || byFile.size > 0, 'tsc failed without a diagnostic').toBe(true);
});
