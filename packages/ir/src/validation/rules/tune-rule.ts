import { didYouMean } from '../../errors/did-you-mean';
import { refsOfStep } from '../../graph/step-references';
import type { Scalar } from '../../schema/value';
import type { Step } from '../../schema/step';
import { metricOutputOf, type SearchDimension } from '../../schema/tune';
import type { WorkflowParameter } from '../../schema/parameter';
import type { ValidationContext } from '../validation-context';

type Path = ReadonlyArray<string | number>;

const TUNABLE_KINDS: ReadonlyArray<Step['kind']> = ['container', 'script', 'job'];

/**
 * A tunable step (`tune`) can be tuned: it is a step that trains (container, script, job);
 * every hyperparameter of its space is a declared workflow parameter that the step reads, of a
 * type its values fit, in no other tunable step's space; ranges are non-empty (positive on a
 * log scale) and choices distinct; the metric's output exists; the fidelity parameter likewise.
 */
export function tuneRule(context: ValidationContext): void {
  const owners = new Map<string, string>();
  const parameters = new Map((context.workflow.spec.parameters ?? []).map((parameter) => [parameter.name, parameter]));
  for (const { step, path: stepPath } of context.allSteps()) {
    const tune = step.tune;
    if (tune === undefined) continue;
    const path = [...stepPath, 'tune'];
    if (!TUNABLE_KINDS.includes(step.kind)) {
      context.report('INVALID_FIELD', `Step "${step.name}" is a ${step.kind} step, which trains nothing a tuner could measure.`, {
        path,
        stepIds: [step.name],
        hint: 'Put tune on the container, script or job step that trains the model.',
      });
      continue;
    }
    const read = new Set(refsOfStep(step).flatMap(({ ref }) => (ref.ref === 'parameter' ? [ref.name] : [])));
    const names = Object.keys(tune.space);
    if (names.length === 0) context.report('INVALID_FIELD', `Step "${step.name}" has an empty search space.`, { path: [...path, 'space'], stepIds: [step.name], hint: "Name at least one hyperparameter, e.g. space: { 'max-depth': { type: 'integer', min: 2, max: 12 } }." });
    for (const name of names) {
      const dimensionPath = [...path, 'space', name];
      const parameter = checkParameter(context, step, name, dimensionPath, parameters, read, 'Hyperparameter');
      checkDimension(context, step.name, name, tune.space[name]!, parameter, dimensionPath);
      const owner = owners.get(name);
      if (owner !== undefined) {
        context.report('DUPLICATE_NAME', `Steps "${owner}" and "${step.name}" both tune workflow parameter "${name}"; a tuner can give it only one value.`, {
          path: dimensionPath,
          stepIds: [owner, step.name],
          hint: 'Give each tunable step parameters of its own.',
        });
      } else owners.set(name, step.name);
    }
    const declared = (step.outputs?.parameters ?? []).map((output) => output.name);
    const metricOutput = metricOutputOf(tune, declared);
    if (metricOutput === undefined) {
      context.report('INVALID_FIELD', `Step "${step.name}" does not say which output holds metric "${tune.metric}": it has ${declared.length === 0 ? 'no output parameters' : `${declared.length} output parameters (${declared.join(', ')})`}.`, {
        path: [...path, 'output'],
        stepIds: [step.name],
        hint: declared.length === 0 ? 'Declare an output parameter holding the metric (a number, or a JSON object with the metric as a key).' : `Set tune.output to one of ${declared.map((name) => `"${name}"`).join(', ')}.`,
      });
    } else if (metricOutput !== 'result' && !declared.includes(metricOutput)) {
      context.report('UNKNOWN_OUTPUT', `Step "${step.name}" reads its metric from output "${metricOutput}", which it does not declare.${didYouMean(metricOutput, declared)}`, {
        path: [...path, 'output'],
        stepIds: [step.name],
      });
    }
    if (tune.fidelity) {
      const fidelityPath = [...path, 'fidelity'];
      checkParameter(context, step, tune.fidelity.parameter, [...fidelityPath, 'parameter'], parameters, read, 'Fidelity');
      if (tune.space[tune.fidelity.parameter] !== undefined) {
        context.report('INVALID_FIELD', `Step "${step.name}" both tunes and uses as fidelity parameter "${tune.fidelity.parameter}".`, { path: fidelityPath, stepIds: [step.name], hint: 'The fidelity is how much a trial trains, not a hyperparameter: drop it from the space.' });
      }
      if (!(tune.fidelity.min > 0 && tune.fidelity.min < tune.fidelity.max)) {
        context.report('INVALID_FIELD', `Step "${step.name}" has fidelity from ${tune.fidelity.min} to ${tune.fidelity.max}; it must run from a positive min to a larger max.`, { path: fidelityPath, stepIds: [step.name] });
      }
    }
  }
}

function checkParameter(context: ValidationContext, step: Step, name: string, path: Path, parameters: ReadonlyMap<string, WorkflowParameter>, read: ReadonlySet<string>, role: string): WorkflowParameter | undefined {
  const parameter = parameters.get(name);
  if (parameter === undefined) {
    context.report('UNKNOWN_PARAMETER', `${role} "${name}" of step "${step.name}" is not a declared workflow parameter.${didYouMean(name, [...parameters.keys()])}`, {
      path,
      stepIds: [step.name],
      hint: `Declare it with parameter('${name}', { default: … }) and pass it to the step.`,
    });
    return undefined;
  }
  if (!read.has(name)) {
    context.report('INVALID_REFERENCE', `Step "${step.name}" tunes workflow parameter "${name}" but never reads it, so no value a tuner picks would change what it does.`, {
      path,
      stepIds: [step.name],
      hint: 'Pass the parameter to the step, in its args or env.',
    });
  }
  return parameter;
}

function checkDimension(context: ValidationContext, stepName: string, name: string, dimension: SearchDimension, parameter: WorkflowParameter | undefined, path: Path): void {
  const fail = (message: string, hint?: string) => context.report('INVALID_FIELD', `Hyperparameter "${name}" of step "${stepName}" ${message}.`, { path, stepIds: [stepName], ...(hint && { hint }) });
  if (dimension.type === 'choice') {
    const seen = new Set<Scalar>();
    for (const value of dimension.values) {
      if (seen.has(value)) fail(`lists ${JSON.stringify(value)} twice`);
      seen.add(value);
      if (parameter && !fitsType(value, parameter.type)) fail(`lists ${JSON.stringify(value)}, which is not a value of its parameter's type "${parameter.type}"`);
    }
    return;
  }
  if (!(dimension.min < dimension.max)) fail(`ranges from ${dimension.min} to ${dimension.max}; min must be below max`);
  if (dimension.log && dimension.min <= 0) fail(`is searched on a log scale from ${dimension.min}; a log scale needs min > 0`, 'Start the range above zero, or drop log.');
  if (parameter?.type !== undefined && !(parameter.type === 'number' || (parameter.type === 'integer' && dimension.type === 'integer'))) {
    fail(`is a ${dimension.type} range, but its parameter has type "${parameter.type}"`, dimension.type === 'number' && parameter.type === 'integer' ? "Use type: 'integer' for the range, or make the parameter a number." : undefined);
  }
}

function fitsType(value: Scalar, type: WorkflowParameter['type']): boolean {
  switch (type) {
    case 'number':
      return typeof value === 'number';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'string':
      return typeof value === 'string';
    default:
      return true;
  }
}
