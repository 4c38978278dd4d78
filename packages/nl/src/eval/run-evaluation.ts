import type { LlmClient } from '@couler/llm';
import { generatePlainly } from '../pipeline/generate-plainly';
import { generateWorkflow } from '../pipeline/generate-workflow';
import { NL_TASKS, type NlTask } from './nl-tasks';
import { passAtK } from './pass-at-k';
import { checkWorkflowProperties } from './workflow-properties';

/** `couler`: Algorithm 1 with every stage; `plain`: one prompt, the baseline ("GPT-4 alone"). */
export type EvaluationMethod = 'couler' | 'plain';

export interface EvaluationOptions {
  readonly llm: LlmClient;
  readonly tasks?: ReadonlyArray<NlTask>;
  readonly methods?: ReadonlyArray<EvaluationMethod>;
  /** Default 0.2, 0.6, 0.8, as the paper. */
  readonly temperatures?: ReadonlyArray<number>;
  /** n: samples per task, method and temperature (default 5, enough for pass@5). */
  readonly samples?: number;
  /** Samples generated at once (default 2); the client's own limit still holds. */
  readonly concurrency?: number;
  readonly baselineScore?: number;
  readonly onSample?: (result: SampleResult) => void;
}

/** One generated sample and whether it passed. */
export interface SampleResult {
  readonly task: string;
  readonly method: EvaluationMethod;
  readonly temperature: number;
  readonly sample: number;
  /** Passed every hard check and every property of the task. */
  readonly passed: boolean;
  /** Why not: check problems, missing properties, or the error. */
  readonly failures: ReadonlyArray<string>;
  readonly totalTokens: number;
}

/** pass@k of one method: the best over the temperatures, as the paper reports. */
export interface PassAtKRow {
  readonly method: EvaluationMethod;
  readonly passAtK: ReadonlyArray<{ readonly k: number; readonly value: number; readonly temperature: number }>;
  readonly tokensPerWorkflow: number;
}

export interface EvaluationReport {
  readonly model: string;
  readonly baseUrl: string;
  readonly startedAt: string;
  readonly tasks: number;
  readonly samples: number;
  readonly temperatures: ReadonlyArray<number>;
  readonly rows: ReadonlyArray<PassAtKRow>;
  readonly results: ReadonlyArray<SampleResult>;
}

const KS = [1, 3, 5];

/**
 * The pass@k harness (Table II of the Couler paper): n samples per task, method and temperature;
 * a sample passes when its code passes the hard checks and its IR has every property of the
 * task. pass@k is estimated per task without bias and averaged; each k keeps its best temperature.
 */
export async function runEvaluation(options: EvaluationOptions): Promise<EvaluationReport> {
  const tasks = options.tasks ?? NL_TASKS;
  const methods = options.methods ?? ['plain', 'couler'];
  const temperatures = options.temperatures ?? [0.2, 0.6, 0.8];
  const samples = options.samples ?? 5;
  const startedAt = new Date().toISOString();
  const jobs = methods.flatMap((method) => temperatures.flatMap((temperature) => tasks.flatMap((task) => Array.from({ length: samples }, (_, sample) => ({ method, temperature, task, sample })))));
  const results: SampleResult[] = [];
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      const result = await runSample(options, job.task, job.method, job.temperature, job.sample);
      results.push(result);
      options.onSample?.(result);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 2) }, worker));
  const rows = methods.map((method) => passAtKRow(method, results, tasks, temperatures, samples));
  return { model: options.llm.config.model, baseUrl: options.llm.config.baseUrl, startedAt, tasks: tasks.length, samples, temperatures, rows, results };
}

async function runSample(options: EvaluationOptions, task: NlTask, method: EvaluationMethod, temperature: number, sample: number): Promise<SampleResult> {
  const base = { task: task.id, method, temperature, sample };
  try {
    if (method === 'plain') {
      const plain = await generatePlainly(task.description, { llm: options.llm, temperature });
      if (!plain.workflow) return { ...base, passed: false, failures: plain.problems, totalTokens: plain.usage.totalTokens };
      const checked = checkWorkflowProperties(plain.workflow, task.properties);
      return { ...base, passed: checked.ok, failures: checked.failures, totalTokens: plain.usage.totalTokens };
    }
    const generated = await generateWorkflow(task.description, { llm: options.llm, temperature, ...(options.baselineScore !== undefined && { baselineScore: options.baselineScore }) });
    const checked = checkWorkflowProperties(generated.workflow, task.properties);
    return { ...base, passed: checked.ok, failures: checked.failures, totalTokens: generated.usage.totalTokens };
  } catch (error) {
    // A generation that fails (no compiling code, an endpoint error) is a failed sample, not a failed run.
    return { ...base, passed: false, failures: [error instanceof Error ? error.message : String(error)], totalTokens: 0 };
  }
}

function passAtKRow(method: EvaluationMethod, results: ReadonlyArray<SampleResult>, tasks: ReadonlyArray<NlTask>, temperatures: ReadonlyArray<number>, samples: number): PassAtKRow {
  const mine = results.filter((result) => result.method === method);
  const passAt = KS.filter((k) => k <= samples).map((k) => {
    const perTemperature = temperatures.map((temperature) => {
      const values = tasks.map((task) => {
        const taskResults = mine.filter((result) => result.task === task.id && result.temperature === temperature);
        return passAtK(taskResults.length, taskResults.filter((result) => result.passed).length, Math.min(k, taskResults.length));
      });
      return { k, value: values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length), temperature };
    });
    return perTemperature.reduce((best, candidate) => (candidate.value > best.value ? candidate : best));
  });
  const tokens = mine.filter((result) => result.totalTokens > 0);
  return { method, passAtK: passAt, tokensPerWorkflow: tokens.reduce((sum, result) => sum + result.totalTokens, 0) / Math.max(1, tokens.length) };
}
