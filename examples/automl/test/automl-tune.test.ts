import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startChatCompletionsServer, type RecordedChatRequest } from '@couler/llm/test';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EXAMPLE_DIR } from '../src/example-paths';
import { COULER_BIN, runNode } from './couler-cli';

const TUNED = join(EXAMPLE_DIR, 'src', 'automl-tuned.ts');
const cards = ['--data-card', join(EXAMPLE_DIR, 'cards', 'penguins.data-card.yaml'), '--model-card', join(EXAMPLE_DIR, 'cards', 'random-forest.model-card.yaml')];
const scratch = mkdtempSync(join(tmpdir(), 'couler-automl-tune-'));
const NO_LLM = { COULER_LLM_BASE_URL: undefined, COULER_LLM_MODEL: undefined, COULER_LLM_API_KEY: undefined, COULER_LLM_CONFIG: undefined };

/** A stand-in model that believes more trees and more depth always help (it does not know better). */
function predictedAccuracy(request: RecordedChatRequest): number {
  const text = request.body.messages!.map((message) => message.content).join('\n');
  const candidate = JSON.parse(/Hyperparameter setting to predict for:\n(\{.*\})/.exec(text)![1]!) as { trees: number; 'max-depth': number };
  return Number((0.8 + 0.01 * Math.log2(candidate.trees) + 0.005 * candidate['max-depth']).toFixed(4));
}

const server = await startChatCompletionsServer({
  apiKey: 'sk-automl',
  answers: (request, index) =>
    index === 1
      ? { status: 503, message: 'overloaded' }
      : JSON.stringify({ epochs: [1, 2, 3, 4, 5].map((fold) => ({ epoch: fold, metric: predictedAccuracy(request) - 0.01 })), finalMetric: predictedAccuracy(request), trainingSeconds: 2, reasoning: 'More trees lower variance.' }),
});
afterAll(() => server.close());

describe('couler tune on the AutoML example', () => {
  it('with an LLM endpoint: predicts a log per candidate, trains the best two for real, writes the tuned IR', async () => {
    const output = join(scratch, 'tuned.yaml');
    const env = { COULER_LLM_BASE_URL: server.baseUrl, COULER_LLM_MODEL: 'forest-oracle', COULER_LLM_API_KEY: 'sk-automl', COULER_LLM_CONFIG: undefined };
    const result = await runNode(COULER_BIN, ['tune', TUNED, ...cards, '--candidates', '5', '--verify', '2', '--home', join(scratch, 'home-llm'), '-o', output], env);
    expect(result.stderr).toContain('LLM HTTP 503: retry 1');
    expect(result.code, result.stderr).toBe(0);
    expect(server.requests.filter((request) => request.authorization === 'Bearer sk-automl')).toHaveLength(6);
    expect(server.requests[0]!.body.messages!.map((message) => message.content).join('\n')).toContain('"name": "palmer-penguins"');
    const out = result.stdout;
    expect(out).toContain('step cross-validate: maximize accuracy — LLM (Algorithm 4: predicted training logs), prompt predict-training-log@1, seed 42');
    expect(out).toMatch(/#\s+candidate\s+predicted accuracy\s+rank\s+time s\s+measured accuracy/);
    // The two best predicted were trained: their rows carry a measured accuracy.
    const measuredRows = out.split('\n').filter((line) => /trees=\d+\s+0\.\d+\s+[12]\s+2\s+0\.\d+$/.test(line));
    expect(measuredRows).toHaveLength(2);
    expect(out).toMatch(/why: max-depth=\d+ trees=\d+ has the best measured accuracy \(0\.9\d*\) of the 2 best predicted, trained for real/);
    expect(out).toMatch(/real trainings: 2 \(local runs: automl-forest-tuned-trials-/);
    expect(result.stderr).toMatch(/LLM usage: \d+ prompt \+ \d+ completion tokens in 5 requests/);
    const chosen = /chosen: max-depth=(\d+) trees=(\d+)/.exec(out)!;
    const tuned = parse(readFileSync(output, 'utf8')) as { spec: { parameters: Array<{ name: string; default: unknown }> } };
    const defaults = Object.fromEntries(tuned.spec.parameters.map((parameter) => [parameter.name, parameter.default]));
    expect(defaults).toMatchObject({ trees: Number(chosen[2]), 'max-depth': Number(chosen[1]) });
    // The tuned workflow runs and trains the final model with those values.
    const run = await runNode(COULER_BIN, ['run', output, '--home', join(scratch, 'home-run'), '--param', `report-dir=${join(scratch, 'report')}`]);
    expect(run.code, run.stderr).toBe(0);
    const model = JSON.parse(readFileSync(join(scratch, 'report', 'model.json'), 'utf8')) as { candidate: { trees: number; maxDepth: number } };
    expect(model.candidate).toMatchObject({ trees: Number(chosen[2]), maxDepth: Number(chosen[1]) });
  });

  it('without any LLM: says so, and tunes by training candidates for real', async () => {
    const result = await runNode(COULER_BIN, ['tune', TUNED, '--budget', '3', '--seed', '5', '--home', join(scratch, 'home-plain'), '--json'], NO_LLM);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('no LLM endpoint is configured');
    const report = JSON.parse(result.stdout) as { notes: string[]; steps: Array<{ tuner: string; trainings: number; candidates: Array<{ measured: number }>; chosen: Record<string, number> }> };
    expect(report.notes[0]).toContain('No LLM is configured');
    expect(report.steps[0]).toMatchObject({ tuner: 'random-search', trainings: 3 });
    for (const row of report.steps[0]!.candidates) expect(row.measured).toBeGreaterThan(0.5);
  });
});
