import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fenced, IMAGE_CLASSIFICATION_DESCRIPTION, IMAGE_CLASSIFICATION_PLAN, LOAD_DATA, COMPARE_MODELS, SELECT_MODEL, TRAIN_MODELS, startScriptedLlm, type ModelScript, type ScriptedLlm } from '@couler/nl/test';
import { afterEach, describe, expect, test } from 'vitest';
import { BIN, type CoulerRun, coulerHome, runCouler, scratchWith } from './run-couler';

let scripted: ScriptedLlm | undefined;
afterEach(async () => {
  await scripted?.server.close();
  scripted = undefined;
});

async function scriptedLlm(script: ModelScript): Promise<ScriptedLlm> {
  scripted = await startScriptedLlm(script);
  return scripted;
}

/** Runs the built `couler` with `input` on its standard input and only the LLM settings given. */
function couler(args: string[], cwd: string, options: { input?: string; llm?: ScriptedLlm } = {}): Promise<CoulerRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  for (const name of Object.keys(env)) if (name.startsWith('COULER_LLM_')) delete env[name];
  if (options.llm) Object.assign(env, { COULER_LLM_BASE_URL: options.llm.server.baseUrl, COULER_LLM_MODEL: 'scripted-coder' });
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

const PAPER_EXAMPLE: ModelScript = {
  plan: IMAGE_CLASSIFICATION_PLAN,
  code: { 'load-data': [LOAD_DATA], 'train-models': [TRAIN_MODELS], 'compare-models': [COMPARE_MODELS], 'select-model': [SELECT_MODEL] },
};
const LOAD_ONLY: ModelScript = { ...PAPER_EXAMPLE, plan: { ...IMAGE_CLASSIFICATION_PLAN, subtasks: [IMAGE_CLASSIFICATION_PLAN.subtasks[0]!] } };

describe('couler generate', () => {
  test('with no endpoint configured it stops at once saying what to set, local servers included', async () => {
    const cwd = scratchWith();
    const result = await couler(['generate', 'train three models on the penguins table and keep the best', '--yes'], cwd);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('error[LLM_NOT_CONFIGURED]: No LLM endpoint is configured');
    expect(result.stderr).toContain('COULER_LLM_BASE_URL');
    expect(result.stderr).toContain('http://127.0.0.1:11434/v1 for a local Ollama');
    expect(result.stderr).toContain("llama.cpp's server");
    expect(result.stdout).toBe('');
  });

  test('--embedding-model fuses embeddings from the endpoint with BM25, and counts their tokens', async () => {
    const llm = await scriptedLlm({ ...LOAD_ONLY, embeddings: {} });
    const cwd = scratchWith();
    const result = await couler(['generate', IMAGE_CLASSIFICATION_DESCRIPTION, '--yes', '-o', 'load.ts', '--embedding-model', 'nomic-embed-text'], cwd, { llm });
    const lakeSize = Number(/… retrieval: BM25 and nomic-embed-text embeddings of (\d+) code-lake documents, fused by reciprocal rank/.exec(result.stderr)?.[1]);
    expect(lakeSize).toBeGreaterThan(0);
    // The lake in batches of 64, then the query; beside them the plan, the code and its calibration.
    const embeddingRequests = Math.ceil(lakeSize / 64) + 1;
    expect(result.stderr).toMatch(new RegExp(`✓ wrote load\\.ts \\(1 step; \\d+ prompt \\+ \\d+ completion \\+ \\d+ embedding tokens in ${embeddingRequests + 3} requests\\)`));
    expect(llm.server.embeddingRequests.map((request) => request.body.model)).toEqual(Array(embeddingRequests).fill('nomic-embed-text'));
    expect(result.code).toBe(0);
  });

  test('--yes writes the paper example: progress per stage, the file, its DAG and token usage; the file validates', async () => {
    const llm = await scriptedLlm(PAPER_EXAMPLE);
    const cwd = scratchWith();
    const result = await couler(['generate', IMAGE_CLASSIFICATION_DESCRIPTION, '--yes', '-o', 'select.ts'], cwd, { llm });
    expect(result.stderr).toContain('… plan: 4 subtasks: load-data, train-models, compare-models, select-model');
    expect(result.stderr).toMatch(/… train-models: references \S+/);
    expect(result.stderr).toContain('… retrieval: BM25 alone (No embedding model is configured)');
    expect(result.stderr).toContain('… select-model: answer 1 passes the type-check, IR build and validation');
    expect(result.stderr).toContain('… assembled: 6 steps');
    expect(result.stderr).toMatch(/✓ wrote select\.ts \(6 steps; \d+ prompt \+ \d+ completion tokens in 9 requests\)/);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('export default workflow("image-classification-selection", () => {');
    expect(result.stdout).toMatch(/workflow image-classification-selection: 6 steps/);
    const written = readFileSync(join(cwd, 'select.ts'), 'utf8');
    expect(result.stdout).toContain(written);
    // The file stands on its own: the CLI loads, type-checks and validates it like any workflow.
    const validated = await runCouler(['validate', 'select.ts', '--types'], cwd);
    expect(validated.stderr).toBe('');
    expect(validated.code).toBe(0);
  });

  test('feedback on stdin revises the workflow; Enter then writes the revision', async () => {
    const withRetry = fenced(LOAD_DATA.split('```ts\n')[1]!.split('```')[0]!.replace("stepName: 'load-data',", "stepName: 'load-data',\n  retry: { limit: 3 },"));
    const llm = await scriptedLlm({ ...LOAD_ONLY, revisions: [withRetry] });
    const cwd = scratchWith();
    const result = await couler(['generate', 'load the images'], cwd, { llm, input: 'retry loading up to three times\n\n' });
    expect(result.code).toBe(0);
    expect(result.stderr.match(/Write it\?/g)).toHaveLength(2);
    expect(llm.requestsOf('revise')).toHaveLength(1);
    const written = readFileSync(join(cwd, 'image-classification-selection.ts'), 'utf8');
    expect(written).toContain('retry: { limit: 3 }');
  });

  test('"n" quits without writing; stdin ending without an answer asks for --yes', async () => {
    const llm = await scriptedLlm(LOAD_ONLY);
    const quit = scratchWith();
    const declined = await couler(['generate', 'load the images', '-o', 'wf.ts'], quit, { llm, input: 'n\n' });
    expect(declined.code).toBe(0);
    expect(declined.stderr).toContain('Nothing written.');
    expect(existsSync(join(quit, 'wf.ts'))).toBe(false);

    const silent = scratchWith();
    const ended = await couler(['generate', 'load the images', '-o', 'wf.ts'], silent, { llm });
    expect(ended.code).toBe(1);
    expect(ended.stderr).toContain('standard input ended without an answer');
    expect(ended.stderr).toContain('Pass --yes');
    expect(existsSync(join(silent, 'wf.ts'))).toBe(false);
  });

  test('answers that never compile fail clearly and write nothing', async () => {
    const llm = await scriptedLlm({ ...LOAD_ONLY, code: { 'load-data': [fenced('const data = runContainer({ image: 42 });')] } });
    const cwd = scratchWith();
    const result = await couler(['generate', 'load the images', '--yes', '-o', 'wf.ts', '--max-attempts', '2'], cwd, { llm });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('error[LLM_INVALID_ANSWER]: The model scripted-coder wrote no code for subtask "load-data" that passes the checks in 2 attempts; no file was written.');
    expect(result.stderr).toContain("fails the checks: types, line");
    expect(existsSync(join(cwd, 'wf.ts'))).toBe(false);
  });

  test('--run runs the written workflow on the local engine; --backend compiles it', async () => {
    const hello = fenced("const data = runContainer({ image: 'alpine:3.20', command: ['sh', '-c', 'echo generated-and-ran'], stepName: 'load-data' });");
    const llm = await scriptedLlm({ ...LOAD_ONLY, code: { 'load-data': [hello] } });
    const cwd = scratchWith();
    const result = await couler(['generate', 'say hello', '--yes', '-o', 'hello.ts', '--run', '--home', coulerHome(), '--backend', 'argo'], cwd, { llm });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('apiVersion: argoproj.io/v1alpha1\nkind: Workflow');
    expect(result.stdout).toContain('- echo generated-and-ran');
    expect(result.stdout).toContain('✓ load-data succeeded');
    // Only what the code calls is imported: words inside strings are not calls.
    expect(result.stdout).toContain("import { runContainer, workflow } from '@couler/dsl';");
  });
});
