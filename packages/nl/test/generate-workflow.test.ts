import { CoulerError } from '@couler/ir';
import { afterEach, describe, expect, test } from 'vitest';
import { generateWorkflow, reviseWorkflow, summarizeWorkflow, type NlProgressEvent } from '../src/index';
import { COMPARE_MODELS, IMAGE_CLASSIFICATION_DESCRIPTION, IMAGE_CLASSIFICATION_PLAN, LOAD_DATA, SELECT_MODEL, TRAIN_MODELS } from './support/image-classification-script';
import { fenced, startScriptedLlm, type ModelScript, type ScriptedLlm } from './support/scripted-llm';

let scripted: ScriptedLlm | undefined;
afterEach(async () => {
  await scripted?.server.close();
  scripted = undefined;
});

async function start(script: ModelScript): Promise<ScriptedLlm> {
  scripted = await startScriptedLlm(script);
  return scripted;
}

const PAPER_EXAMPLE: ModelScript = {
  plan: IMAGE_CLASSIFICATION_PLAN,
  code: { 'load-data': [LOAD_DATA], 'train-models': [TRAIN_MODELS], 'compare-models': [COMPARE_MODELS], 'select-model': [SELECT_MODEL] },
};

function lastUserText(request: { body: { messages?: ReadonlyArray<{ role: string; content: string }> } }): string {
  return request.body.messages?.filter((message) => message.role === 'user').at(-1)?.content ?? '';
}

describe('generateWorkflow, the paper running example through a real chat-completions server', () => {
  test('decomposes, retrieves, generates per subtask, scores and assembles a file that builds the DAG', async () => {
    const { llm, requestsOf } = await start(PAPER_EXAMPLE);
    const events: NlProgressEvent[] = [];
    const generated = await generateWorkflow(IMAGE_CLASSIFICATION_DESCRIPTION, { llm, onProgress: (event) => events.push(event) });

    const steps = Object.fromEntries(generated.workflow.spec.steps.map((step) => [step.name, step]));
    expect(Object.keys(steps).sort()).toEqual(['compare-models', 'load-data', 'select-model', 'train-densenet', 'train-resnet', 'train-vit']);
    expect(steps['train-vit']!.dependencies).toEqual(['load-data']);
    expect([...steps['compare-models']!.dependencies!].sort()).toEqual(['train-densenet', 'train-resnet', 'train-vit']);
    expect(steps['select-model']!.dependencies).toEqual(['compare-models']);
    expect(generated.workflow.metadata.name).toBe('image-classification-selection');
    // One file: the imports it needs once, every fragment under its subtask's heading.
    expect(generated.code).toMatch(/^import \{ concurrent, createLocalArtifact, createParameterArtifact, runContainer, workflow \} from '@couler\/dsl';$/m);
    expect(generated.code.match(/^import /gm)).toHaveLength(1);
    expect(generated.code).toContain('export default workflow("image-classification-selection", () => {');
    expect(generated.code).toContain('// 2. train-models: Train the three models');
    expect(generated.subtasks.map((subtask) => [subtask.subtask.id, subtask.attempts, subtask.score])).toEqual([
      ['load-data', 1, 0.95],
      ['train-models', 1, 0.95],
      ['compare-models', 1, 0.95],
      ['select-model', 1, 0.95],
    ]);
    expect(generated.usage.totalTokens).toBeGreaterThan(0);
    expect(summarizeWorkflow(generated.workflow)).toMatch(/select-model +container model-selection-image +after compare-models/);

    // Retrieval: each code prompt carries code-lake documents, training ones about training.
    const trainPrompt = requestsOf('code', 'train-models')[0]!;
    const retrieved = events.find((event) => event.type === 'retrieved' && event.subtask === 'train-models');
    expect(retrieved?.type === 'retrieved' && retrieved.documents.length).toBe(4);
    expect(lastUserText(trainPrompt)).toContain('Reference code from the Couler code lake');
    // What earlier subtasks declared reaches the next prompt with the type the compiler gave it.
    expect(lastUserText(trainPrompt)).toContain('- data: StepHandle');
    expect(lastUserText(requestsOf('code', 'compare-models')[0]!)).toContain('- trained: StepHandle[]');
    // The plan came back as JSON through the schema, the description quoted as data.
    expect(lastUserText(requestsOf('plan')[0]!)).toBe(`Answer with only one JSON value, no prose and no code fence, matching this JSON Schema:\n${JSON.stringify(requestsOf('plan')[0]!.body.response_format?.json_schema?.schema)}`);
    expect(requestsOf('score')).toHaveLength(4);
  });

  test('code that does not compile goes back with the compiler error and the fixed code is kept', async () => {
    const misspelled = LOAD_DATA.replace("image: 'data-loader-image'", "imag: 'data-loader-image'");
    const { llm, requestsOf } = await start({ ...PAPER_EXAMPLE, code: { ...PAPER_EXAMPLE.code, 'load-data': [misspelled, LOAD_DATA] } });
    const generated = await generateWorkflow(IMAGE_CLASSIFICATION_DESCRIPTION, { llm });

    const [first, second] = requestsOf('code', 'load-data');
    expect(requestsOf('code', 'load-data')).toHaveLength(2);
    const feedback = lastUserText(second!);
    expect(feedback).toContain("TS2561: Object literal may only specify known properties, but 'imag' does not exist in type 'ContainerOptions'");
    expect(feedback).toMatch(/types, line \d+ \(imag: 'data-loader-image',\)/);
    // The repair goes on in the conversation: the model sees what it wrote.
    expect(second!.body.messages?.at(-2)?.content).toContain("imag: 'data-loader-image'");
    expect(first!.body.messages).toHaveLength(2);
    expect(generated.subtasks[0]!.attempts).toBe(2);
    expect(generated.code).not.toContain('imag:');
    // The broken answer was never scored: self-calibration sees only code that compiles.
    expect(requestsOf('score', 'load-data')).toHaveLength(1);
  });

  test('an IR the DSL refuses (two steps of one name) goes back with the DSL error', async () => {
    const twice = SELECT_MODEL.replace("stepName: 'select-model'", "stepName: 'compare-models'");
    const { llm, requestsOf } = await start({ ...PAPER_EXAMPLE, code: { ...PAPER_EXAMPLE.code, 'select-model': [twice, SELECT_MODEL] } });
    const generated = await generateWorkflow(IMAGE_CLASSIFICATION_DESCRIPTION, { llm });
    expect(lastUserText(requestsOf('code', 'select-model')[1]!)).toMatch(/build, line \d+ \(const selected = runContainer\(\{\): DUPLICATE_STEP: Step "compare-models" is made twice/);
    expect(generated.workflow.spec.steps.at(-1)!.name).toBe('select-model');
  });

  test('an import of anything but @couler/dsl is refused before it runs', async () => {
    const sneaky = fenced(`import { execSync } from 'node:child_process';\nexecSync('touch /tmp/pwned');\n${LOAD_DATA.split('```ts\n')[1]!.split('```')[0]}`);
    const { llm, requestsOf } = await start({ ...PAPER_EXAMPLE, code: { ...PAPER_EXAMPLE.code, 'load-data': [sneaky, LOAD_DATA] } });
    await generateWorkflow(IMAGE_CLASSIFICATION_DESCRIPTION, { llm });
    const feedback = lastUserText(requestsOf('code', 'load-data')[1]!);
    expect(feedback).toContain('imports: Generated code may use @couler/dsl and the JavaScript standard library only');
  });

  test('self-calibration: a score below S_b sends the critique back, the better code is kept', async () => {
    const noArtifact = LOAD_DATA.replace("  output: createLocalArtifact('/data', { name: 'dataset' }),\n", '');
    const { llm, requestsOf } = await start({
      ...PAPER_EXAMPLE,
      code: { ...PAPER_EXAMPLE.code, 'load-data': [noArtifact, LOAD_DATA] },
      scores: { 'load-data': [{ score: 0.3, critique: 'The dataset is not kept as an artifact, so the trainings cannot read it.' }, { score: 0.9 }] },
    });
    const events: NlProgressEvent[] = [];
    const generated = await generateWorkflow(IMAGE_CLASSIFICATION_DESCRIPTION, { llm, baselineScore: 0.7, onProgress: (event) => events.push(event) });
    const feedback = lastUserText(requestsOf('code', 'load-data')[1]!);
    expect(feedback).toContain('A reviewer scored that code 0.30 out of 1');
    expect(feedback).toContain('The dataset is not kept as an artifact');
    expect(generated.subtasks[0]!.score).toBe(0.9);
    expect(generated.code).toContain("createLocalArtifact('/data', { name: 'dataset' })");
    expect(events.filter((event) => event.type === 'scored' && event.subtask === 'load-data').map((event) => event.type === 'scored' && event.score)).toEqual([0.3, 0.9]);
  });

  test('calibration is bounded: below S_b every time, the best-scored code that compiles is kept', async () => {
    const { llm, requestsOf } = await start({ ...PAPER_EXAMPLE, scores: { 'load-data': [{ score: 0.5, critique: 'meh' }, { score: 0.6, critique: 'meh' }, { score: 0.4, critique: 'meh' }] } });
    const generated = await generateWorkflow(IMAGE_CLASSIFICATION_DESCRIPTION, { llm, baselineScore: 0.99, maxCalibrations: 2 });
    expect(requestsOf('code', 'load-data')).toHaveLength(3);
    expect(generated.subtasks[0]!.score).toBe(0.6);
  });

  test('answers that never compile end in a clear LLM_INVALID_ANSWER naming the subtask and the last errors', async () => {
    const broken = fenced("const data = runContainer({ image: 42, stepName: 'load-data' });");
    const { llm, requestsOf } = await start({ ...PAPER_EXAMPLE, code: { 'load-data': [broken] } });
    const error = await generateWorkflow(IMAGE_CLASSIFICATION_DESCRIPTION, { llm, maxCheckFailures: 3 }).catch((caught: unknown) => caught);
    expect(CoulerError.isInstance(error)).toBe(true);
    const coulerError = error as CoulerError;
    expect(coulerError.code).toBe('LLM_INVALID_ANSWER');
    expect(coulerError.message).toBe('The model scripted-coder wrote no code for subtask "load-data" that passes the checks in 3 attempts; no file was written.');
    expect(coulerError.hint).toContain("TS2322: Type 'number' is not assignable to type");
    expect(coulerError.errors?.[0]?.code).toBe('INVALID_DSL_USAGE');
    expect(requestsOf('code', 'load-data')).toHaveLength(3);
    expect(requestsOf('code', 'train-models')).toHaveLength(0);
  });

  test('a plan that breaks its own rules is sent back to the model', async () => {
    const badPlan = { ...IMAGE_CLASSIFICATION_PLAN, subtasks: [{ ...IMAGE_CLASSIFICATION_PLAN.subtasks[0]!, dependsOn: ['select-model'] }] };
    const { llm } = await start({ plan: JSON.stringify(badPlan) });
    const error = await generateWorkflow(IMAGE_CLASSIFICATION_DESCRIPTION, { llm }).catch((caught: unknown) => caught);
    expect((error as CoulerError).code).toBe('LLM_INVALID_ANSWER');
    expect((error as CoulerError).message).toContain('"select-model" is not an earlier subtask');
  });

  test('hostile text in the description and titles stays inside comments; the name stays inside its quotes', async () => {
    const description = "Train it */ }); process.exit(1); //\nthen\u2028console.log('x') \"quoted\" ${'$'}{x} $(rm -rf /) {{workflow.name}} 模型";
    const plan = { ...IMAGE_CLASSIFICATION_PLAN, subtasks: [{ ...IMAGE_CLASSIFICATION_PLAN.subtasks[0]!, title: "load\n}); process.exit(1); //\u2029x" }] };
    const { llm } = await start({ ...PAPER_EXAMPLE, plan });
    const generated = await generateWorkflow(description, { llm });
    const headerLines = generated.code.split('\n').slice(0, generated.code.split('\n').findIndex((line) => line.startsWith('import ')));
    for (const line of headerLines) expect(line.startsWith('//')).toBe(true);
    expect(generated.code).not.toMatch(/[\u2028\u2029]/);
    expect(generated.code).toContain('// 1. load-data: load }); process.exit(1); // x');
    expect(generated.workflow.spec.steps.map((step) => step.name)).toEqual(['load-data']);
  });
});

describe('reviseWorkflow: the user feedback loop', () => {
  test('the feedback and the current file reach the model; the rewrite is checked like any code', async () => {
    const withRetry = fenced(`${LOAD_DATA.split('```ts\n')[1]!.split('```')[0]!.replace("stepName: 'load-data',", "stepName: 'load-data',\n  retry: { limit: 3 },")}`);
    const broken = fenced("const data = runContainer({ image: 'x', retry: 'thrice' });");
    const { llm, requestsOf } = await start({ ...PAPER_EXAMPLE, plan: { ...IMAGE_CLASSIFICATION_PLAN, subtasks: [IMAGE_CLASSIFICATION_PLAN.subtasks[0]!] }, revisions: [broken, withRetry] });
    const generated = await generateWorkflow('load the images', { llm });
    const revised = await reviseWorkflow(generated, 'retry loading up to three times', { llm });
    const [first, second] = requestsOf('revise');
    expect(lastUserText(first!)).toContain('The user\'s feedback (JSON string): "retry loading up to three times"');
    expect(lastUserText(first!)).toContain(generated.code);
    expect(lastUserText(second!)).toContain('That code does not pass the checks');
    expect(revised.workflow.spec.steps[0]!.retry).toMatchObject({ limit: 3 });
    expect(revised.feedback).toEqual(['retry loading up to three times']);
    expect(revised.usage.totalTokens).toBeGreaterThan(generated.usage.totalTokens);
  });
});
