import { createInterface } from 'node:readline';
import { CoulerError } from '@couler/ir';
import { createLlmClient, formatUsage, resolveLlmConfig, type LlmClient } from '@couler/llm';
import { generateWorkflow, NL_DEFAULTS, reviseWorkflow, summarizeWorkflow, type GeneratedWorkflow, type NlGenerateOptions, type NlProgressEvent } from '@couler/nl';
import { formatError } from '../format-error';
import { writeOutput } from '../write-output';
import type { CliCommand } from './cli-command';
import { addHomeOption, parsePositiveInteger } from './local/local-options';
import { reportLlmEvent } from './report-llm-event';

interface GenerateCommandOptions {
  output?: string;
  yes?: boolean;
  backend?: string;
  run?: boolean;
  home?: string;
  baselineScore?: number;
  maxAttempts?: number;
  temperature?: number;
  baseUrl?: string;
  model?: string;
  embeddingModel?: string;
  llmConfig?: string;
}

const ASK = 'Write it? Enter or "y" writes the file, "n" quits, anything else is feedback to revise it: ';

/**
 * `couler generate "<description>"`: a workflow file from natural language (paper §III,
 * Algorithm 1). Progress per stage and token usage go to stderr, the file and a summary of its
 * DAG to stdout; then the user accepts it, quits, or types feedback to revise it, in a loop
 * (`--yes` writes the first version). `--backend` compiles the written file, `--run` runs it on
 * the local engine.
 */
export const generateCommand: CliCommand = {
  name: 'generate',
  register(program, context) {
    const command = program
      .command('generate')
      .description('write a workflow from a description in natural language with an LLM (decomposition, code-lake retrieval, compile feedback, self-calibration)')
      .argument('<description...>', 'what the workflow does, e.g. "train three models on the penguins table and keep the best"')
      .option('-o, --output <file>', 'where to write the workflow (default: <workflow-name>.ts)')
      .option('-y, --yes', 'write the first version without asking (for scripts)')
      .option('--backend <id>', 'then compile the file for this engine (argo, airflow, tekton, …) and print it')
      .option('--run', 'then run the file on the local engine (--home: its state folder)')
      .option('--baseline-score <s>', `S_b: regenerate a subtask's code the LLM scores below this, 0 to 1 (default ${NL_DEFAULTS.baselineScore})`, parseScore)
      .option('--max-attempts <n>', `answers per subtask that may fail the type-check, IR build or validation (default ${NL_DEFAULTS.maxCheckFailures})`, parsePositiveInteger('--max-attempts'))
      .option('--temperature <t>', 'sampling temperature of code generation', Number.parseFloat)
      .option('--base-url <url>', 'OpenAI-compatible API root (default $COULER_LLM_BASE_URL)')
      .option('--model <name>', 'model name (default $COULER_LLM_MODEL)')
      .option('--embedding-model <name>', 'embedding model for code-lake retrieval, fused with BM25 (default $COULER_LLM_EMBEDDING_MODEL; none: BM25 alone)')
      .option('--llm-config <file>', 'LLM settings file, JSON or YAML (default $COULER_LLM_CONFIG)');
    return addHomeOption(command).action(async (words: string[], options: GenerateCommandOptions) => {
        // Before any work: with no endpoint this says what to set (Ollama and llama.cpp included).
        const config = resolveLlmConfig({ options: { baseUrl: options.baseUrl, model: options.model, embeddingModel: options.embeddingModel }, ...(options.llmConfig !== undefined && { configFile: options.llmConfig }), cwd: context.cwd });
        const progress = (line: string) => context.stderr.write(`… ${line}\n`);
        const llm = createLlmClient(config, { onEvent: (event) => reportLlmEvent(event, progress) });
        const generateOptions: NlGenerateOptions = {
          llm,
          ...(options.baselineScore !== undefined && { baselineScore: options.baselineScore }),
          ...(options.maxAttempts !== undefined && { maxCheckFailures: options.maxAttempts }),
          ...(options.temperature !== undefined && { temperature: options.temperature }),
          onProgress: (event) => progress(describeProgress(event)),
        };
        progress(`planning with ${config.model} at ${config.baseUrl}`);
        let generated = await generateWorkflow(words.join(' '), generateOptions);
        show(generated, llm);
        const file = options.output ?? `${generated.workflow.metadata.name}.ts`;
        if (!options.yes) {
          const accepted = await reviewLoop(generated, generateOptions, llm);
          if (!accepted) {
            context.stderr.write('Nothing written.\n');
            return;
          }
          generated = accepted;
        }
        await writeOutput(context, generated.code, file);
        context.stderr.write(`✓ wrote ${file} (${generated.workflow.spec.steps.length} step${generated.workflow.spec.steps.length === 1 ? '' : 's'}; ${formatUsage(llm.usage)})\n`);
        // The written file goes through the same commands a user would run on it next.
        const { createProgram } = await import('../program');
        const { loadCommands } = await import('./command-loaders');
        const follow = async (argv: string[]) => createProgram(context, await loadCommands(argv)).parseAsync(argv, { from: 'user' });
        if (options.backend !== undefined) await follow(['compile', file, '--backend', options.backend]);
        if (options.run) await follow(['run', file, ...(options.home !== undefined ? ['--home', options.home] : [])]);
      });

    function show(generated: GeneratedWorkflow, llm: LlmClient): void {
      context.stdout.write(`${generated.code}\n${summarizeWorkflow(generated.workflow)}\n`);
      context.stderr.write(`LLM usage: ${formatUsage(llm.usage)}\n`);
    }

    /** Step 4 of Algorithm 1: accept, quit, or revise with the user's words, until one of the first two. */
    async function reviewLoop(first: GeneratedWorkflow, generateOptions: NlGenerateOptions, llm: LlmClient): Promise<GeneratedWorkflow | undefined> {
      const lines = createInterface({ input: process.stdin, terminal: false })[Symbol.asyncIterator]();
      let current = first;
      try {
        for (;;) {
          context.stderr.write(ASK);
          const next = await lines.next();
          if (next.done) {
            throw new CoulerError('INVALID_FIELD', 'couler generate asked whether to write the workflow, but standard input ended without an answer.', {
              path: ['yes'],
              hint: 'Pass --yes to write the generated workflow without asking, or answer on standard input (Enter or "y" writes it, "n" quits, other text revises it).',
            });
          }
          const answer = next.value.trim();
          if (answer === '' || /^y(es)?$/i.test(answer)) return current;
          if (/^(n|no|q|quit)$/i.test(answer)) return undefined;
          try {
            current = await reviseWorkflow(current, answer, generateOptions);
            show(current, llm);
          } catch (error) {
            // A revision that never compiles leaves the last good version on offer.
            if (!CoulerError.isInstance(error) || error.code !== 'LLM_INVALID_ANSWER') throw error;
            context.stderr.write(`${formatError(error, { debug: context.debug(), cwd: context.cwd })}\nThe previous version is kept.\n`);
          }
        }
      } finally {
        await lines.return?.();
      }
    }
  },
};

function parseScore(text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0 || value > 1) throw new CoulerError('INVALID_FIELD', `--baseline-score takes a number from 0 to 1; got "${text}".`);
  return value;
}

function describeProgress(event: NlProgressEvent): string {
  switch (event.type) {
    case 'decomposed':
      return `plan: ${event.subtasks.length} subtask${event.subtasks.length === 1 ? '' : 's'}: ${event.subtasks.map((subtask) => subtask.id).join(', ')}`;
    case 'retrieval':
      return event.mode === 'hybrid' ? `retrieval: BM25 and ${event.embeddingModel} embeddings of ${event.documents} code-lake documents, fused by reciprocal rank` : `retrieval: BM25 alone (${event.reason.replace(/\.$/, '')})`;
    case 'retrieved':
      return `${event.subtask}: references ${event.documents.join(', ')}`;
    case 'checked':
      return `${event.subtask}: answer ${event.attempt} ${event.ok ? 'passes the type-check, IR build and validation' : `fails the checks: ${event.problems[0] ?? ''}`}`;
    case 'scored':
      return `${event.subtask}: self-calibration score ${event.score.toFixed(2)} (S_b ${event.baselineScore})${event.score < event.baselineScore ? `: ${event.critique}` : ''}`;
    case 'assembled':
      return `assembled: ${event.steps} step${event.steps === 1 ? '' : 's'}`;
  }
}
