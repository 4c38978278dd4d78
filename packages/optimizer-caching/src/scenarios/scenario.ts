/** What a step of a simulated workflow does, which sets how often a developer edits it. */
export type StepRole = 'source' | 'preprocess' | 'feature' | 'train' | 'evaluate' | 'report';

/** A step of a scenario's DAG, with the cost of its first version. */
export interface ScenarioStep {
  readonly name: string;
  readonly inputs: ReadonlyArray<string>;
  readonly role: StepRole;
  readonly computeSeconds: number;
  readonly bytes: number;
}

/** A workflow DAG to iterate on: steps in topological order. */
export interface Scenario {
  readonly name: string;
  readonly description: string;
  readonly steps: ReadonlyArray<ScenarioStep>;
}

export const GB = 1e9;
