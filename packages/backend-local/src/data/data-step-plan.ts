import type { DataStep } from '@couler/ir';
import { describeSource } from '../datasets/dataset-cache';
import { missingStoreMessage } from '../artifacts/remote-artifact-store';
import { remoteTransfer } from '../artifacts/remote-transfer';
import { ResolveError } from '../engine/resolve-value';
import { RESULT_LIMIT } from '../engine/run-process';
import type { ExecutorEnvironment, StepExecution } from '../engine/step-execution';
import { withRunKey } from '../engine/step-files';
import { EngineError, type AttemptContext, type AttemptOutcome, type StepPlan } from '../engine/step-plan';
import { SuccessConditionError as ExprError } from '../http/success-condition-syntax';
import { parseTransformation } from './check-data-steps';
import type { DataNode } from './data-expression-syntax';
import { DataEvaluationError, evaluateDataExpression, type DataValue } from './evaluate-data-expression';

/** How many listed keys the log shows: enough to see what was found, not a million lines. */
const LOG_KEYS = 20;

function parsedTransformations(step: DataStep): DataNode[] {
  return step.data.transformation.map(({ expression }, index) => {
    const parsed = parseTransformation(expression);
    // Checked before the run starts (checkDataSteps); this is the backstop.
    if (parsed instanceof ExprError) throw new ResolveError(`Transformation ${index} of data step "${step.name}" cannot be used (column ${parsed.position + 1}): ${parsed.message}`);
    return parsed;
  });
}

async function attemptListing(step: DataStep, nodes: ReadonlyArray<DataNode>, list: (context: AttemptContext) => Promise<string[]>, context: AttemptContext): Promise<AttemptOutcome> {
  const keys = await list(context);
  context.onLine('stdout', `Listed ${keys.length} file${keys.length === 1 ? '' : 's'} under ${describeSource(step.data.source.artifactPaths)}.`);
  for (const key of keys.slice(0, LOG_KEYS)) context.onLine('stdout', `  ${key}`);
  if (keys.length > LOG_KEYS) context.onLine('stdout', `  … and ${keys.length - LOG_KEYS} more.`);
  let data: DataValue = keys;
  for (const [index, node] of nodes.entries()) {
    try {
      data = evaluateDataExpression(node, data);
    } catch (error) {
      if (!(error instanceof DataEvaluationError)) throw error;
      const { expression } = step.data.transformation[index]!;
      return { failure: { message: `Transformation ${index} of data step "${step.name}" (${JSON.stringify(expression.slice(0, 200))}) failed: ${error.message}`, failureClass: 'failure', phase: 'Failed' } };
    }
  }
  const result = JSON.stringify(data);
  if (Buffer.byteLength(result, 'utf8') > RESULT_LIMIT) {
    return { failure: { message: `The list of data step "${step.name}" is ${Buffer.byteLength(result, 'utf8')} bytes as JSON, over the ${RESULT_LIMIT} bytes a result may hold; filter it down in a transformation.`, failureClass: 'permanent', phase: 'Failed' } };
  }
  return { result };
}

/**
 * A data step (Argo's data template): the object keys under its location, listed by the remote
 * store of the location's type, then each transformation evaluated in turn; the last value, as
 * JSON, is `result`.
 *
 * @throws ResolveError for a transformation that does not parse (checked before the run already).
 */
export function planDataStep(step: DataStep, execution: StepExecution, environment: ExecutorEnvironment): StepPlan {
  const nodes = parsedTransformations(step);
  const location = withRunKey(step.data.source.artifactPaths, environment.runId);
  const list = async (context: AttemptContext): Promise<string[]> => {
    const store = environment.remoteStores[location.type];
    if (!store) throw new EngineError(missingStoreMessage(location.type, 'input', 'files', step.name), true);
    const listing = store.list?.bind(store);
    if (!listing) throw new EngineError(`Data step "${step.name}" lists ${describeSource(location)}, and the local engine's ${location.type} store cannot list files; list S3, OSS, GCS, Azure or HDFS.`, true);
    let keys: string[] = [];
    const transfer = { runId: environment.runId, stepId: execution.id, stepName: step.name, artifactName: 'files', direction: 'download' as const, signal: context.signal, emit: environment.emit };
    await remoteTransfer(transfer, `Listing ${describeSource(location)} for data step "${step.name}"`, async (remote) => {
      keys = await listing(location, remote);
    });
    return keys;
  };
  return {
    // Keyed by the location and the expressions, as Argo's memoize key would be: a cached listing does not see files added since.
    cacheInput: { kind: 'data', command: ['list'], args: [JSON.stringify(location), ...step.data.transformation.map(({ expression }) => expression)], env: {}, parameters: {} },
    prepare: async () => ({}),
    attempt: (context) => attemptListing(step, nodes, list, context),
    collect: async (result) => ({ result: result ?? '[]', parameters: {}, artifacts: {} }),
  };
}
