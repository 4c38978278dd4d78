import { didYouMean } from '../../errors/did-you-mean';
import { isDns1123Label } from '../../schema/names';
import type { Step, SubWorkflowCallStep } from '../../schema/step';
import type { SubWorkflow } from '../../schema/sub-workflow';
import type { Workflow } from '../../schema/workflow';
import type { CoulerError } from '../../errors/couler-error';
import { definitionAsWorkflow, subWorkflowCallCycle } from '../../graph/sub-workflow-calls';
import type { ValidationContext, ValidationRule } from '../validation-context';
import { checkCallArtifacts, checkDefinitionArtifacts } from './sub-workflow-artifacts-check';

type Path = ReadonlyArray<string | number>;

/**
 * Sub-workflows are sound: definition names are unique labels, each body is a valid workflow in
 * its own scope, every call names a definition, gives each input that has no default and no
 * unknown argument, declares only outputs the definition has, and no definition calls itself,
 * directly or through others (only `execWhile` loops).
 *
 * `validateBody` is the workflow validator (passed in to keep the rule list acyclic).
 */
export function createSubWorkflowsRule(validateBody: (workflow: Workflow, maxErrors: number) => ReadonlyArray<CoulerError>): ValidationRule {
  return (context) => {
    const definitions = context.workflow.spec.subWorkflows ?? [];
    const byName = new Map<string, SubWorkflow>();
    for (const definition of definitions) {
      const path = ['subWorkflows', definition.name];
      if (!isDns1123Label(definition.name)) {
        context.report('INVALID_NAME', `The sub-workflow name "${definition.name}" is not a DNS-1123 label (lower-case letters, digits and "-", starting and ending with a letter or digit).`, { path });
      }
      if (byName.has(definition.name)) context.report('DUPLICATE_NAME', `There can be only one sub-workflow named "${definition.name}".`, { path });
      else byName.set(definition.name, definition);
    }
    for (const definition of byName.values()) {
      const prefix = ['subWorkflows', definition.name];
      const remaining = context.maxErrors - context.errors.length;
      if (remaining <= 0) return;
      for (const error of validateBody(definitionAsWorkflow(definition), remaining)) {
        context.report(error.code, `In sub-workflow "${definition.name}": ${error.message}`, {
          path: [...prefix, ...(error.path ?? [])],
          ...(error.stepIds && { stepIds: error.stepIds }),
          ...(error.hint && { hint: error.hint }),
          ...(error.errors && { errors: error.errors }),
        });
      }
    }
    const scopes: Array<{ steps: ReadonlyArray<Step>; path: Path }> = [
      { steps: context.workflow.spec.steps, path: ['steps'] },
      { steps: context.workflow.spec.onExit ?? [], path: ['onExit'] },
      ...[...byName.values()].map((definition) => ({ steps: definition.steps, path: ['subWorkflows', definition.name, 'steps'] })),
    ];
    checkDefinitionArtifacts(context, context.workflow.spec.steps, ['steps']);
    checkDefinitionArtifacts(context, context.workflow.spec.onExit ?? [], ['onExit']);
    for (const definition of byName.values()) checkDefinitionArtifacts(context, definition.steps, ['subWorkflows', definition.name, 'steps'], definition);
    for (const scope of scopes) {
      for (const step of scope.steps) if (step.kind === 'subWorkflow') checkCall(context, step, byName, [...scope.path, step.name]);
    }
    const cycle = subWorkflowCallCycle(context.workflow);
    if (cycle) {
      context.report('CYCLE', `Sub-workflow "${cycle[0]}" calls itself: ${cycle.join(' → ')}. A definition cannot call itself, directly or through others.`, {
        path: ['subWorkflows', cycle[0]!],
        hint: 'Repeat a body with execWhile instead of recursion.',
      });
    }
  };
}

function checkCall(context: ValidationContext, step: SubWorkflowCallStep, definitions: ReadonlyMap<string, SubWorkflow>, path: Path): void {
  const stepIds = [step.name];
  const definition = definitions.get(step.subWorkflow.name);
  if (definition === undefined) {
    context.report('UNKNOWN_STEP', `Step "${step.name}" calls sub-workflow "${step.subWorkflow.name}", but there is no definition of that name.${didYouMean(step.subWorkflow.name, definitions.keys())}`, {
      path: [...path, 'subWorkflow', 'name'],
      stepIds,
      hint: 'Define it in spec.subWorkflows (subWorkflow(name, body) in the DSL).',
    });
    return;
  }
  const inputs = new Map((definition.inputs?.parameters ?? []).map((parameter) => [parameter.name, parameter]));
  const given = new Set<string>();
  for (const argument of step.inputs?.parameters ?? []) {
    const at = [...path, 'inputs', 'parameters', argument.name];
    given.add(argument.name);
    if (!inputs.has(argument.name)) {
      context.report('UNKNOWN_INPUT', `Step "${step.name}" passes "${argument.name}" to sub-workflow "${definition.name}", which has no such input.${didYouMean(argument.name, inputs.keys())}`, {
        path: at,
        stepIds,
        hint: inputs.size > 0 ? `Inputs of "${definition.name}": ${[...inputs.keys()].join(', ')}.` : `Sub-workflow "${definition.name}" takes no inputs.`,
      });
    } else if (argument.value === undefined) {
      context.report('INVALID_FIELD', `Step "${step.name}" passes "${argument.name}" to sub-workflow "${definition.name}" without a value.`, { path: at, stepIds, hint: 'Give the argument a value (a literal or a reference).' });
    }
  }
  for (const input of inputs.values()) {
    if (input.default === undefined && !given.has(input.name)) {
      context.report('UNKNOWN_INPUT', `Step "${step.name}" calls sub-workflow "${definition.name}" without its input "${input.name}", which has no default.`, {
        path: [...path, 'inputs', 'parameters'],
        stepIds,
        hint: `Pass "${input.name}" as an argument, or give the input a default.`,
      });
    }
  }
  if ((step.inputs?.artifacts?.length ?? 0) > 0) {
    context.report('INVALID_FIELD', `Step "${step.name}" passes artifacts to sub-workflow "${definition.name}"; a call has no files of its own.`, {
      path: [...path, 'inputs', 'artifacts'],
      stepIds,
      hint: 'Pass artifacts as the call\'s artifact arguments (subWorkflow.artifacts), one per input artifact of the definition.',
    });
  }
  checkCallArtifacts(context, step, definition, path);
  const outputs = new Set((definition.outputs?.parameters ?? []).map((output) => output.name));
  for (const output of step.outputs?.parameters ?? []) {
    if (!outputs.has(output.name)) {
      context.report('UNKNOWN_OUTPUT', `Step "${step.name}" declares output "${output.name}", which sub-workflow "${definition.name}" does not return.${didYouMean(output.name, outputs)}`, {
        path: [...path, 'outputs', 'parameters', output.name],
        stepIds,
      });
    }
  }
}
