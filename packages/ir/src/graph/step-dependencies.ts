import type { Step } from '../schema/step';
import { parseDependsExpression, stepsOfDependsExpression } from './depends-expression';
import { dataDependenciesOf } from './step-references';

/** Visits the control dependencies a step names (repeats included): `dependencies`, then `depends`. */
export function visitControlDependencies(step: Step, visit: (name: string) => void): void {
  if (step.dependencies !== undefined) for (const name of step.dependencies) visit(name);
  if (step.depends === undefined) return;
  let names: Iterable<string>;
  try {
    names = stepsOfDependsExpression(parseDependsExpression(step.depends));
  } catch {
    // An unparsable expression is reported by validation; the graph keeps what it can.
    return;
  }
  for (const name of names) visit(name);
}

/** Control dependencies a step names: its `dependencies` plus the steps its `depends` mentions. */
export function controlDependenciesOf(step: Step): string[] {
  const names = new Set<string>();
  visitControlDependencies(step, (name) => names.add(name));
  return [...names];
}

/** Every step this one waits for: control dependencies first, then data dependencies. */
export function dependenciesOf(step: Step): string[] {
  return [...new Set([...controlDependenciesOf(step), ...dataDependenciesOf(step)])];
}
