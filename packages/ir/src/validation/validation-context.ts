import { CoulerError, type CoulerErrorOptions } from '../errors/couler-error';
import type { CoulerErrorCode } from '../errors/error-codes';
import type { StepGraph, StepPhase } from '../graph/step-graph';
import { toWorkflowGraph, type WorkflowGraph } from '../graph/workflow-graph';
import type { Step } from '../schema/step';
import type { Workflow } from '../schema/workflow';
import { stepGraphOf } from './checked-workflows';

export interface LocatedStep {
  readonly step: Step;
  readonly phase: StepPhase;
  /** `['steps', name]` or `['onExit', name]`: the prefix of every path inside the step. */
  readonly path: ReadonlyArray<string | number>;
}

/**
 * What a validation rule sees: the workflow, indexes built once (so that rules stay O(n)), and
 * `report` to record a problem. Rules never throw; they report and carry on.
 */
export class ValidationContext {
  readonly errors: CoulerError[] = [];
  /** Every step by name; the first one wins when names repeat (DUPLICATE_STEP is reported). */
  readonly steps = new Map<string, LocatedStep>();
  readonly parameterNames: Set<string>;
  /** Reports past this many are dropped (see `isFull`). */
  readonly maxErrors: number;
  private readonly located: LocatedStep[] = [];
  private stepGraphCache?: StepGraph;
  private graphCache?: WorkflowGraph;

  constructor(
    readonly workflow: Workflow,
    options: { maxErrors?: number } = {},
  ) {
    this.maxErrors = options.maxErrors ?? Infinity;
    // Each step located once, for every rule: the rules walk the steps a dozen times.
    const add = (phase: StepPhase, list: ReadonlyArray<Step>) => {
      const prefix = phase === 'main' ? 'steps' : 'onExit';
      for (const step of list) {
        const located: LocatedStep = { step, phase, path: [prefix, step.name] };
        this.located.push(located);
        if (!this.steps.has(step.name)) this.steps.set(step.name, located);
      }
    };
    add('main', workflow.spec.steps);
    add('exit', workflow.spec.onExit ?? []);
    this.parameterNames = new Set((workflow.spec.parameters ?? []).map((parameter) => parameter.name));
  }

  /**
   * Main steps then exit-handler steps, each with its path. Stops once `isFull`: a generator
   * gone wrong can reference thousands of missing steps, and each "did you mean" costs a scan.
   */
  allSteps(): Iterable<LocatedStep> {
    return { [Symbol.iterator]: () => new LocatedStepIterator(this.located, this) };
  }

  /** True once `maxErrors` problems are reported; rules may stop looking. */
  get isFull(): boolean {
    return this.errors.length >= this.maxErrors;
  }

  /** The dependency graph on plain arrays, built once: what the built-in rules walk. */
  get stepGraph(): StepGraph {
    this.stepGraphCache ??= stepGraphOf(this.workflow);
    return this.stepGraphCache;
  }

  /** The same graph as graphology, built on first use (for rules that want its API). */
  get graph(): WorkflowGraph {
    this.graphCache ??= toWorkflowGraph(this.stepGraph);
    return this.graphCache;
  }

  report(code: CoulerErrorCode, message: string, options: CoulerErrorOptions = {}): void {
    if (this.isFull) return;
    this.errors.push(new CoulerError(code, message, options));
  }
}

export type ValidationRule = (context: ValidationContext) => void;

/** Runs `rules` over `workflow` in order, stopping once `maxErrors` problems are reported. */
export function runRules(workflow: Workflow, rules: ReadonlyArray<ValidationRule>, maxErrors: number): CoulerError[] {
  const context = new ValidationContext(workflow, { maxErrors });
  for (const rule of rules) {
    if (context.isFull) break;
    rule(context);
  }
  return context.errors;
}

/** `allSteps`' iterator: a dozen rules walk every step, so it allocates nothing per step. */
class LocatedStepIterator implements Iterator<LocatedStep> {
  private index = 0;
  private readonly result: IteratorResult<LocatedStep> = { done: false, value: undefined as unknown as LocatedStep };

  constructor(
    private readonly located: ReadonlyArray<LocatedStep>,
    private readonly context: ValidationContext,
  ) {}

  next(): IteratorResult<LocatedStep> {
    if (this.index >= this.located.length || this.context.isFull) return { done: true, value: undefined };
    this.result.value = this.located[this.index++]!;
    return this.result;
  }
}
