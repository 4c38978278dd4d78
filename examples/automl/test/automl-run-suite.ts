import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Candidate } from '../src/candidates';
import { EXAMPLE_DIR } from '../src/example-paths';
import { coulerRun, finishedPhases, runNode } from './couler-cli';
import { parseReport } from './report-table';

const MAIN_SCRIPT = join(EXAMPLE_DIR, 'scripts', 'main.mjs');

export interface AutomlVariant {
  readonly label: string;
  /** The workflow file `couler run` loads. */
  readonly file: string;
  readonly candidates: ReadonlyArray<Candidate>;
  /** Arguments of scripts/main.mjs for this variant: when given, a third, fresh run goes through it. */
  readonly mainScript?: ReadonlyArray<string>;
}

/**
 * End-to-end runs of one variant through the built CLI, in a scratch home and report directory.
 * The first two runs share a home and memoize every step (`--cache`), so the second one (a
 * threshold no model reaches) reuses the cross-validation and exercises only the decision.
 * A third run, through the README's main script, starts from a fresh home.
 */
export function describeAutomlRun({ label, file, candidates, mainScript }: AutomlVariant): void {
  describe(`couler run of the AutoML workflow, ${label}`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'couler-automl-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const home = join(dir, 'home');
    const reportDir = join(dir, 'out');
    const reportPath = join(reportDir, 'report.md');
    const modelPath = join(reportDir, 'model.json');
    let firstReport = '';

    it('cross-validates every candidate, trains only the argmax, and writes a report with real metrics', async () => {
      const run = await coulerRun(file, home, { 'report-dir': reportDir }, ['--cache']);
      expect(run.stderr).not.toMatch(/error/i);
      expect(run.code).toBe(0);

      const phases = finishedPhases(run.events);
      for (const index of candidates.keys()) expect(phases.get(`cross-validate[${index}]`), `cross-validate[${index}]`).toBe('Succeeded');
      const trained = candidates.map((_, index) => phases.get(`train-final[${index}]`));
      expect(trained.filter((phase) => phase === 'Succeeded')).toHaveLength(1);
      expect(trained.filter((phase) => phase === 'Skipped')).toHaveLength(candidates.length - 1);

      firstReport = readFileSync(reportPath, 'utf8');
      const report = parseReport(firstReport);
      expect(report.rows.map((row) => row.model).sort()).toEqual(candidates.map((candidate: Candidate) => candidate.name).sort());
      for (const row of report.rows) {
        expect(row.cvAccuracy, row.model).toBeGreaterThan(0.5);
        expect(row.cvAccuracy, row.model).toBeLessThanOrEqual(1);
        expect(row.macroF1, row.model).toBeGreaterThan(0.5);
        expect(row.std, row.model).toBeGreaterThanOrEqual(0);
      }
      // Not every model scores the same: the table ranks real, different results.
      expect(new Set(report.rows.map((row) => row.cvAccuracy)).size).toBeGreaterThan(1);
      const best = Math.max(...report.rows.map((row) => row.cvAccuracy));
      expect(report.rows.find((row) => row.model === report.chosen)?.cvAccuracy).toBe(best);
      expect(report.rows[0]!.model).toBe(report.chosen);
      expect(report.rows.map((row) => row.rank)).toEqual(report.rows.map((_, index) => index + 1));

      // The instance that ran is the chosen candidate's.
      expect(candidates[trained.indexOf('Succeeded')]!.name).toBe(report.chosen);
      expect(report.trained).toBe(true);
      expect(report.test?.model).toBe(report.chosen);
      expect(report.test?.accuracy).toBeGreaterThan(0.5);
      expect(report.test?.accuracy).toBeLessThanOrEqual(1);
      expect(report.test?.rows).toBeGreaterThan(0);
      expect(report.modelPath).toBe(modelPath);
      const model = JSON.parse(readFileSync(modelPath, 'utf8')) as { candidate: Candidate; classes: string[] };
      expect(model.candidate.name).toBe(report.chosen);
      expect(model.classes).toEqual(['Adelie', 'Chinstrap', 'Gentoo']);
    });

    it('trains nothing when no candidate reaches min-accuracy, says so, and removes the old model', async () => {
      expect(existsSync(modelPath)).toBe(true);
      const run = await coulerRun(file, home, { 'report-dir': reportDir, 'min-accuracy': '1.01' }, ['--cache']);
      expect(run.code).toBe(0);
      const phases = finishedPhases(run.events);
      for (const index of candidates.keys()) {
        expect(phases.get(`cross-validate[${index}]`)).toBe('Cached');
        expect(phases.get(`train-final[${index}]`)).toBe('Skipped');
      }
      expect(phases.get('write-report')).toBe('Succeeded');

      const markdown = readFileSync(reportPath, 'utf8');
      const report = parseReport(markdown);
      expect(report.trained).toBe(false);
      expect(report.test).toBeUndefined();
      expect(report.rows).toHaveLength(candidates.length);
      expect(markdown).toContain('< the threshold 1.01: no model was trained');
      expect(existsSync(modelPath)).toBe(false);
    });

    if (mainScript) {
      it('the main script runs it afresh with the same result: the same report, printed at the end', async () => {
        writeFileSync(modelPath, 'stale');
        const run = await runNode(MAIN_SCRIPT, [...mainScript, '--home', join(dir, 'fresh-home'), '--param', `report-dir=${reportDir}`]);
        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
        // The engine ran every step again (a fresh home has no cache) …
        expect(run.stdout).toMatch(/cross-validate\[0\] succeeded/);
        // … and wrote, byte for byte, what the first run wrote; the script prints it and its path.
        expect(readFileSync(reportPath, 'utf8')).toBe(firstReport);
        expect(run.stdout).toContain(firstReport);
        expect(run.stdout.trimEnd().split('\n').pop()).toBe(`Report: ${reportPath}`);
        expect(readFileSync(modelPath, 'utf8')).not.toBe('stale');
      });
    }
  });
}
