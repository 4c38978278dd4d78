import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CoulerError } from '@couler/ir';

/**
 * Host paths the workflow is built with. Steps run `node`/`python3` on the scripts in
 * `steps/`, by absolute path, so Node resolves their imports from this example's own
 * node_modules wherever the engine gives the step its working directory.
 */

/** `examples/automl/`, wherever the repository is. */
export const EXAMPLE_DIR = fileURLToPath(new URL('..', import.meta.url));

export type StepScript = 'load-data' | 'split-data' | 'cross-validate' | 'pick-best' | 'train-final' | 'write-report';

/** `steps/node/split-data.mjs` or `steps/python/split_data.py`, absolute. */
export function stepScriptPath(runtime: 'node' | 'python', script: StepScript): string {
  return runtime === 'node' ? join(EXAMPLE_DIR, 'steps', 'node', `${script}.mjs`) : join(EXAMPLE_DIR, 'steps', 'python', `${script.replace(/-/g, '_')}.py`);
}

/** Where a run writes `report.md` (and `model.json`) unless `--param report-dir=…` says otherwise. */
export function defaultReportDir(runtime: 'node' | 'python'): string {
  return join(EXAMPLE_DIR, 'out', runtime);
}

/**
 * The Palmer penguins table inside the installed `vega-datasets` package. The package's
 * JavaScript API fetches from a CDN; the file itself ships in the package, so it works offline.
 *
 * @throws CoulerError `LOAD_FAILED` when the package (or the file in it) is not installed.
 */
export function penguinsJsonPath(): string {
  const require = createRequire(import.meta.url);
  let entry: string;
  try {
    // Its `exports` opens only the entry point (build/index.js); data/ sits beside build/.
    entry = require.resolve('vega-datasets');
  } catch (error) {
    throw new CoulerError('LOAD_FAILED', 'The AutoML example reads its data from the "vega-datasets" package, which is not installed.', {
      hint: 'Run `npx -y pnpm@10 install` at the root of the repository.',
      cause: error,
    });
  }
  const path = join(dirname(entry), '..', 'data', 'penguins.json');
  if (!existsSync(path)) {
    throw new CoulerError('LOAD_FAILED', `The installed "vega-datasets" package has no data/penguins.json (looked at ${path}).`, {
      hint: 'Reinstall it: `npx -y pnpm@10 install --force` at the root of the repository.',
    });
  }
  return path;
}
