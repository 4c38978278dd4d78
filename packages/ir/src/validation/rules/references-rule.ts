import { didYouMean } from '../../errors/did-you-mean';
import { parseDependsExpression, stepsOfDependsExpression } from '../../graph/depends-expression';
import { refsOfStep } from '../../graph/step-references';
import { stepStatusesOfCondition } from '../../schema/condition';
import { CoulerError } from '../../errors/couler-error';
import type { ValidationContext, LocatedStep } from '../validation-context';
import { reportMappedCallOutput } from './mapped-call-output';
import { outputsOf } from './step-outputs';

const EXIT_ONLY_FIELDS = new Set(['status', 'failures']);

/**
 * Every name a step mentions resolves: dependencies and `depends` to steps of the same phase,
 * step references to outputs those steps declare, parameters to `spec.parameters`, inputs to the
 * step's own inputs, items to a `map` on the step, and workflow status to exit handlers only.
 */
export function referencesRule(context: ValidationContext): void {
  for (const located of context.allSteps()) {
    checkDependencies(context, located);
    checkRefs(context, located);
    checkStepStatuses(context, located);
  }
  for (const group of context.workflow.spec.groups ?? []) {
    if (group.kind !== 'while') continue;
    for (const condition of stepStatusesOfCondition(group.condition)) {
      context.report('INVALID_REFERENCE', `Loop "${group.name}" reads the status of step "${condition.step}"; a step's status is only known in exit handlers.`, {
        path: ['groups', group.name, 'condition'],
        stepIds: [group.name],
      });
    }
  }
}

/** `stepStatus` conditions: only in exit-handler steps, and only of main steps. */
function checkStepStatuses(context: ValidationContext, located: LocatedStep): void {
  const { step, path, phase } = located;
  for (const condition of stepStatusesOfCondition(step.when)) {
    const at = [...path, 'when'];
    if (phase !== 'exit') {
      context.report('INVALID_REFERENCE', `Step "${step.name}" reads the status of step "${condition.step}"; a step's status is only known in exit handlers.`, {
        path: at,
        stepIds: [step.name],
        hint: 'Move the step into the exit handler (setExitHandler), or use a depends expression ("train.Failed") in the main steps.',
      });
      continue;
    }
    if (!checkStepName(context, located, condition.step, at, 'reads the status of', true)) continue;
    if (context.steps.get(condition.step)!.phase !== 'main') {
      context.report('INVALID_REFERENCE', `Exit-handler step "${step.name}" reads the status of exit-handler step "${condition.step}"; stepStatus reads main steps.`, {
        path: at,
        stepIds: [step.name, condition.step],
        hint: 'Order exit-handler steps with dependencies instead.',
      });
    }
  }
}

const knownStepNamesCache = new WeakMap<ValidationContext, Map<LocatedStep['phase'], string[]>>();

/** Names a step of `phase` may depend on, listed once per validation for "did you mean". */
function knownStepNames(context: ValidationContext, phase: LocatedStep['phase']): string[] {
  const byPhase = knownStepNamesCache.get(context) ?? new Map<LocatedStep['phase'], string[]>();
  knownStepNamesCache.set(context, byPhase);
  const names = byPhase.get(phase) ?? [...context.steps.values()].filter((s) => s.phase === phase).map((s) => s.step.name);
  byPhase.set(phase, names);
  return names;
}

/**
 * Whether `name` is a step this step may use in `role`. Exit-handler steps may read main steps'
 * outputs and statuses (`readsMain`); they run after every main step, and a value that was
 * never produced makes the exit step Skipped, as Tekton's `finally` does.
 */
function checkStepName(context: ValidationContext, located: LocatedStep, name: string, path: ReadonlyArray<string | number>, role: string, readsMain = false): boolean {
  const target = context.steps.get(name);
  const { step, phase } = located;
  if (target === undefined) {
    const candidates = readsMain && phase === 'exit' ? [...knownStepNames(context, 'main'), ...knownStepNames(context, 'exit')] : knownStepNames(context, phase);
    context.report('UNKNOWN_STEP', `Step "${step.name}" ${role} "${name}", but there is no step of that name.${didYouMean(name, candidates)}`, {
      path,
      stepIds: [step.name],
    });
    return false;
  }
  if (readsMain && phase === 'exit' && target.phase === 'main') return true;
  if (target.phase !== phase) {
    const message =
      phase === 'exit'
        ? `Exit-handler step "${step.name}" ${role} main step "${name}"; exit handlers run after the main steps and may only use each other and workflow facts.`
        : `Step "${step.name}" ${role} exit-handler step "${name}", which only runs after the workflow ends.`;
    context.report('INVALID_REFERENCE', message, {
      path,
      stepIds: [step.name, name],
      hint: phase === 'exit' ? 'An exit handler waits for every main step already: read the step\'s output or its stepStatus instead.' : undefined,
    });
    return false;
  }
  return true;
}

function checkDependencies(context: ValidationContext, located: LocatedStep): void {
  const { step, path } = located;
  const dependencies = step.dependencies ?? [];
  for (let index = 0; index < dependencies.length; index++) {
    const name = dependencies[index]!;
    // The common case, a step of the same phase, needs no path.
    if (context.steps.get(name)?.phase === located.phase) continue;
    checkStepName(context, located, name, [...path, 'dependencies', index], 'depends on');
  }
  if (step.depends !== undefined) {
    try {
      for (const name of stepsOfDependsExpression(parseDependsExpression(step.depends))) {
        checkStepName(context, located, name, [...path, 'depends'], 'depends on');
      }
    } catch (error) {
      if (!CoulerError.isInstance(error)) throw error;
      context.report(error.code, error.message, { path: [...path, 'depends'], stepIds: [step.name], hint: error.hint });
    }
  }
}

function checkRefs(context: ValidationContext, located: LocatedStep): void {
  const { step, path, phase } = located;
  const inputNames = new Set((step.inputs?.parameters ?? []).map((parameter) => parameter.name));
  for (const { ref, path: relative } of refsOfStep(step)) {
    const at = [...path, ...relative];
    switch (ref.ref) {
      case 'step': {
        if (!checkStepName(context, located, ref.step, at, 'reads an output of', true)) break;
        const producer = context.steps.get(ref.step)!.step;
        const outputs = outputsOf(producer);
        const output = outputs.get(ref.output);
        if (output === undefined && producer.kind === 'subWorkflow' && producer.map) {
          reportMappedCallOutput(context, step.name, producer, ref, at);
          break;
        }
        if (output === undefined) {
          const available = [...outputs.keys()];
          context.report(
            'UNKNOWN_OUTPUT',
            `Step "${step.name}" reads output "${ref.output}" of step "${ref.step}", which has no such output.${didYouMean(ref.output, available)}`,
            {
              path: at,
              stepIds: [step.name, ref.step],
              hint: available.length > 0 ? `Outputs of "${ref.step}": ${available.join(', ')}.` : `Step "${ref.step}" declares no outputs; add one to it.`,
            },
          );
          break;
        }
        const wantsArtifact = (relative[0] === 'inputs' || relative[0] === 'subWorkflow') && relative[1] === 'artifacts';
        if (wantsArtifact && output.kind !== 'artifact') {
          context.report('TYPE_MISMATCH', `Input artifact of step "${step.name}" comes from "${ref.step}.${ref.output}", which is a parameter, not an artifact.`, {
            path: at,
            stepIds: [step.name],
            hint: 'Pass a parameter as an argument or input parameter instead.',
          });
        } else if (!wantsArtifact && output.kind === 'artifact') {
          context.report('TYPE_MISMATCH', `Step "${step.name}" uses artifact "${ref.step}.${ref.output}" as a value; artifacts are files.`, {
            path: at,
            stepIds: [step.name],
            hint: 'Declare it under inputs.artifacts (the DSL does this when you pass it as `input`).',
          });
        }
        break;
      }
      case 'parameter':
        if (!context.parameterNames.has(ref.name)) {
          context.report('UNKNOWN_PARAMETER', `Step "${step.name}" reads workflow parameter "${ref.name}", which is not declared.${didYouMean(ref.name, context.parameterNames)}`, {
            path: at,
            stepIds: [step.name],
            hint: 'Declare it in spec.parameters (configWorkflow({ parameters }) in the DSL).',
          });
        }
        break;
      case 'input':
        if (!inputNames.has(ref.name)) {
          context.report('UNKNOWN_INPUT', `Step "${step.name}" reads input "${ref.name}", which it does not declare.${didYouMean(ref.name, inputNames)}`, {
            path: at,
            stepIds: [step.name],
          });
        }
        break;
      case 'item':
        checkItemRef(context, located, ref.key, at);
        break;
      case 'workflow':
        if (EXIT_ONLY_FIELDS.has(ref.field) && phase !== 'exit') {
          context.report('INVALID_REFERENCE', `Step "${step.name}" reads workflow.${ref.field}, which is only known in exit handlers.`, {
            path: at,
            stepIds: [step.name],
            hint: 'Move the step into the exit handler (setExitHandler).',
          });
        }
        break;
    }
  }
}

function checkItemRef(context: ValidationContext, located: LocatedStep, key: string | undefined, at: ReadonlyArray<string | number>): void {
  const { step } = located;
  if (step.map === undefined) {
    context.report('INVALID_REFERENCE', `Step "${step.name}" reads a map item, but it is not mapped.`, {
      path: at,
      stepIds: [step.name],
      hint: 'Use the item only inside map(fn, items).',
    });
    return;
  }
  const items = step.map.items;
  if (key === undefined || items === undefined || items.length === 0) return;
  const first = items[0];
  if (typeof first !== 'object' || first === null) {
    context.report('INVALID_REFERENCE', `Step "${step.name}" reads field "${key}" of its map items, but the items are plain values.`, {
      path: at,
      stepIds: [step.name],
    });
    return;
  }
  const missing = items.findIndex((item) => typeof item !== 'object' || !(key in item));
  if (missing !== -1) {
    context.report('INVALID_REFERENCE', `Step "${step.name}" reads field "${key}" of its map items, but item ${missing} has no such field.${didYouMean(key, Object.keys(first))}`, {
      path: at,
      stepIds: [step.name],
    });
  }
}
