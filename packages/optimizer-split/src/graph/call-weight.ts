import type { Step, SubWorkflow, Workflow } from '@couler/ir';

/** What a step weighs once its sub-workflow calls are expanded, as the budget counts it. */
export interface CallWeight {
  /** Steps that run: 1 for a plain step; items × the body's weight for a call. */
  readonly steps: number;
  /** Pods it starts (see `estimateStepPods`). */
  readonly pods: number;
  /** Definitions the step calls, directly or through nested calls, in workflow order. */
  readonly definitions: ReadonlyArray<string>;
}

type PodsOf = (step: Step, iterations: number) => number;

/**
 * Weighs calls by what they expand to, so that a part's budget counts the steps a call really
 * runs: a call mapped over a literal list of n items weighs n × its body, nested calls
 * multiply. A fan-out over a list known only at run time (`map.from`) counts one iteration, as a
 * mapped step's pods do: the list's length is not in the IR. Each definition is weighed once.
 */
export class CallWeights {
  private readonly definitions: ReadonlyMap<string, SubWorkflow>;
  private readonly bodies = new Map<string, CallWeight>();

  constructor(
    workflow: Workflow,
    private readonly podsOf: PodsOf,
  ) {
    this.definitions = new Map((workflow.spec.subWorkflows ?? []).map((definition) => [definition.name, definition]));
  }

  /** The weight of `step`, run `iterations` times by an enclosing `execWhile`. */
  of(step: Step, iterations = 1): CallWeight {
    if (step.kind !== 'subWorkflow') return { steps: 1, pods: this.podsOf(step, iterations), definitions: NONE };
    const body = this.body(step.subWorkflow.name);
    const times = (step.map?.items?.length ?? 1) * iterations;
    return { steps: times * body.steps, pods: times * body.pods, definitions: body.definitions };
  }

  /** Definitions `steps` call, transitively, without repeats, in the order of `spec.subWorkflows`. */
  definitionsCalledBy(steps: ReadonlyArray<Step>): string[] {
    const called = new Set<string>();
    // Only calls name definitions: weighing every step would count each one's pods for nothing.
    for (const step of steps) if (step.kind === 'subWorkflow') for (const name of this.of(step).definitions) called.add(name);
    return [...this.definitions.keys()].filter((name) => called.has(name));
  }

  private body(name: string): CallWeight {
    const known = this.bodies.get(name);
    if (known) return known;
    const definition = this.definitions.get(name);
    // An unknown definition is reported by validation; weigh it as one step meanwhile.
    if (definition === undefined) return { steps: 1, pods: 1, definitions: NONE };
    // A call cycle is reported by validation too: a placeholder ends the recursion.
    this.bodies.set(name, { steps: 1, pods: 1, definitions: [name] });
    const iterations = new Map<string, number>();
    for (const group of definition.groups ?? []) if (group.kind === 'while') for (const member of group.steps) iterations.set(member, group.maxIterations);
    let steps = 0;
    let pods = 0;
    const called = new Set<string>([name]);
    for (const step of definition.steps) {
      const weight = this.of(step, iterations.get(step.name) ?? 1);
      steps += weight.steps;
      pods += weight.pods;
      for (const callee of weight.definitions) called.add(callee);
    }
    const weight = { steps, pods, definitions: [...called] };
    this.bodies.set(name, weight);
    return weight;
  }
}

const NONE: never[] = [];
