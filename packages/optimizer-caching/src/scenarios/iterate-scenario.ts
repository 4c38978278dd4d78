import type { StepExecution, Workload, WorkloadRun } from '../model/workload';
import type { Scenario, StepRole } from './scenario';
import { hashText, SeededRandom } from './seeded-random';

/**
 * How a developer iterates on a workflow: the workflow runs `runs` times; before each run every
 * step is edited with its role's probability. An edit goes back to one of the step's earlier
 * variants with `revertProbability` (trying a previous learning rate again), else makes a new
 * variant whose cost and size vary by up to `variantSpread` around the step's base. A step's
 * version changes when it or any step upstream of it changes: that is the memoization key.
 */
export interface IterationConfig {
  readonly runs: number;
  readonly editProbability: Readonly<Record<StepRole, number>>;
  readonly revertProbability: number;
  readonly variantSpread: number;
  readonly seed: number;
}

export const DEFAULT_ITERATION_CONFIG: IterationConfig = {
  runs: 30,
  editProbability: { source: 0.02, preprocess: 0.06, feature: 0.1, train: 0.3, evaluate: 0.15, report: 0.1 },
  revertProbability: 0.4,
  variantSpread: 0.2,
  seed: 1,
};

/** The runs of a scenario under an iteration config: deterministic for a given seed. */
export function iterateScenario(scenario: Scenario, config: Partial<IterationConfig> = {}): Workload {
  const settings = { ...DEFAULT_ITERATION_CONFIG, ...config, editProbability: { ...DEFAULT_ITERATION_CONFIG.editProbability, ...config.editProbability } };
  const random = new SeededRandom(settings.seed ^ Number.parseInt(hashText(scenario.name), 16));
  const variants = new Map<string, number[]>(scenario.steps.map((step) => [step.name, [0]]));
  const current = new Map<string, number>(scenario.steps.map((step) => [step.name, 0]));
  const runs: WorkloadRun[] = [];
  for (let run = 0; run < settings.runs; run++) {
    if (run > 0) {
      for (const step of scenario.steps) {
        if (random.next() >= settings.editProbability[step.role]) continue;
        const known = variants.get(step.name)!;
        const others = known.filter((variant) => variant !== current.get(step.name));
        if (others.length > 0 && random.next() < settings.revertProbability) current.set(step.name, random.pick(others));
        else {
          const fresh = known.length;
          known.push(fresh);
          current.set(step.name, fresh);
        }
      }
    }
    const versions = new Map<string, string>();
    const executions: StepExecution[] = scenario.steps.map((step) => {
      const variant = current.get(step.name)!;
      const version = hashText(`${step.name}#${variant}(${step.inputs.map((input) => versions.get(input)).join(',')})`);
      versions.set(step.name, version);
      const scale = variant === 0 ? 1 : variantScale(step.name, variant, settings.variantSpread);
      return { step: step.name, version, computeSeconds: round(step.computeSeconds * scale), bytes: Math.round(step.bytes * scale) };
    });
    runs.push({ id: `run-${String(run + 1).padStart(3, '0')}`, executions });
  }
  return { name: scenario.name, steps: scenario.steps.map(({ name, inputs }) => ({ name, inputs })), runs };
}

/** A variant's cost factor: a pure function of the step and variant, so reverts cost the same. */
function variantScale(step: string, variant: number, spread: number): number {
  const unit = Number.parseInt(hashText(`${step}/${variant}`), 16) / 0xffffffff;
  return 1 + spread * (2 * unit - 1);
}

function round(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}
