import type { Condition, Step, Workflow } from '@couler/ir';
import { NameAllocator } from './name-allocator';
import { unsupported } from './unsupported';

/** A generated task that computes a condition and writes `true` or `false` to its result. */
export interface ConditionUnit {
  readonly name: string;
  readonly condition: Condition;
  /** The steps it must wait for besides those whose outputs it reads. */
  readonly after: ReadonlyArray<string>;
  readonly gate?: string;
  readonly path: ReadonlyArray<string | number>;
  /** The step (or loop) it decides for. */
  readonly owner: string;
}

/** One step as compiled: the IR step (references renamed for loop copies) and its gate. */
export interface ExpandedStep {
  readonly step: Step;
  readonly phase: 'tasks' | 'finally';
  readonly path: ReadonlyArray<string | number>;
  /** The IR step it copies (itself outside loops). */
  readonly original: string;
  /** A condition task whose result must be `true` for this step to run (loop iterations ≥ 2). */
  readonly gate?: string;
}

export interface ExpandedWorkflow {
  readonly steps: ReadonlyArray<ExpandedStep>;
  readonly conditions: ConditionUnit[];
  /** Names every step and task uses, to allocate generated names against. */
  readonly names: NameAllocator;
}

function renameRefs<T>(value: T, rename: (step: string) => string): T {
  if (Array.isArray(value)) return value.map((item) => renameRefs(item, rename)) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = renameRefs(item, rename);
  if (out.ref === 'step' && typeof out.step === 'string') out.step = rename(out.step);
  return out as T;
}

function readsAnyOf(step: Step, names: ReadonlySet<string>): boolean {
  const text = JSON.stringify({ ...step, dependencies: undefined });
  return [...names].some((name) => text.includes(`"ref":"step","step":${JSON.stringify(name)}`));
}

/**
 * Tekton has no loops: an `execWhile` of at most `maxUnroll` iterations becomes that many copies
 * of its body (`train`, `train-2`, …). After each iteration but the last a condition task
 * evaluates the loop condition on that iteration's outputs; the next iteration runs `when` it
 * says `true`. A skipped iteration skips the condition after it (it reads outputs that do not
 * exist), so every later iteration is skipped too. Steps after the loop run after every copy;
 * reading a body output after the loop is refused (which iteration ran last is only known at
 * run time, and Tekton skips a task whose inputs come from a skipped task).
 */
export function expandLoops(workflow: Workflow, maxUnroll: number): ExpandedWorkflow {
  const names = new NameAllocator(63, [...workflow.spec.steps, ...(workflow.spec.onExit ?? [])].map((step) => step.name));
  const loops = (workflow.spec.groups ?? []).filter((group) => group.kind === 'while');
  const conditions: ConditionUnit[] = [];
  const copies = new Map<string, string[]>();
  const loopOf = new Map<string, string>();
  for (const loop of loops) {
    if (loop.maxIterations > maxUnroll) {
      throw unsupported('while', `a loop of up to ${loop.maxIterations} iterations (it unrolls loops of at most ${maxUnroll})`, {
        path: ['groups', loop.name, 'maxIterations'],
        stepName: loop.name,
        hint: `Lower execWhile's maxIterations to ${maxUnroll} or less, or raise the backend setting maxUnroll (each iteration is a copy of the body in the Pipeline).`,
      });
    }
    for (const member of loop.steps) {
      if (loopOf.has(member)) throw unsupported('while', `step "${member}" in two loops`, { path: ['groups', loop.name], stepName: member });
      loopOf.set(member, loop.name);
    }
  }
  const expanded: ExpandedStep[] = [];
  const stepsByName = new Map(workflow.spec.steps.map((step) => [step.name, step]));
  for (const loop of loops) {
    const members = new Set(loop.steps);
    const iterationNames: Array<Map<string, string>> = [];
    for (let iteration = 1; iteration <= loop.maxIterations; iteration++) {
      iterationNames.push(new Map(loop.steps.map((member) => [member, iteration === 1 ? member : names.claim(`${member}-${iteration}`)])));
    }
    let gate: string | undefined;
    iterationNames.forEach((mapping, index) => {
      for (const member of loop.steps) {
        const original = stepsByName.get(member);
        if (!original) continue;
        const renamed = renameRefs(original, (name) => mapping.get(name) ?? name);
        const dependencies = (original.dependencies ?? []).map((name) => mapping.get(name) ?? name);
        // The first steps of iterations after the first wait for the previous condition.
        const entry = !(original.dependencies ?? []).some((name) => members.has(name)) && !readsAnyOf(original, members);
        const step = { ...renamed, name: mapping.get(member)!, ...(dependencies.length > 0 && { dependencies }) } as Step;
        expanded.push({ step, phase: 'tasks', path: ['steps', member], original: member, ...(gate !== undefined && entry && { gate }) });
        copies.set(member, [...(copies.get(member) ?? []), mapping.get(member)!]);
      }
      if (index < loop.maxIterations - 1) {
        const name = names.claim(`${loop.name}-next-${index + 1}`);
        conditions.push({
          name,
          condition: renameRefs(loop.condition, (step) => mapping.get(step) ?? step),
          after: loop.steps.map((member) => mapping.get(member)!),
          ...(gate !== undefined && { gate }),
          path: ['groups', loop.name, 'condition'],
          owner: loop.name,
        });
        gate = name;
      }
    });
  }
  for (const step of workflow.spec.steps) {
    if (loopOf.has(step.name)) continue;
    const readsBody = [...loopOf.keys()].filter((member) => readsAnyOf(step, new Set([member])));
    if (readsBody.length > 0) {
      throw unsupported('while', `reading an output of loop step "${readsBody[0]}" after the loop`, {
        path: ['steps', step.name],
        stepName: step.name,
        hint: 'Tekton cannot tell which unrolled iteration ran last; write the value to an artifact or read it inside the loop.',
      });
    }
    const dependencies = (step.dependencies ?? []).flatMap((name) => copies.get(name) ?? [name]);
    expanded.push({ step: dependencies.length ? { ...step, dependencies } : step, phase: 'tasks', path: ['steps', step.name], original: step.name });
  }
  for (const step of workflow.spec.onExit ?? []) expanded.push({ step, phase: 'finally', path: ['onExit', step.name], original: step.name });
  return { steps: expanded, conditions, names };
}
