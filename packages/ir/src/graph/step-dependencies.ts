import type { Step } from '../schema/step';
import { parseDependsExpression, stepsOfDependsExpression } from './depends-expression';
import { dataDependenciesOf } from './step-references';

/** Control dependencies a step names: its `dependencies` plus the steps its `depends` mentions. */
export function controlDependenciesOf(step: Step): string[] {
  if (step.depends === undefined) return step.dependencies === undefined ? [] : [...new Set(step.dependencies)];
  const names = new Set(step.dependencies ?? []);
  try {
    for (const name of stepsOfDependsExpression(parseDependsExpression(step.depends))) names.add(name);
  } catch {
    // An unparsable expression is reported by validation; the graph keeps what it can.
  }
  return [...names];
}

/** Every step this one waits for: control dependencies first, then data dependencies. */
export function dependenciesOf(step: Step): string[] {
  return [...new Set([...controlDependenciesOf(step), ...dataDependenciesOf(step)])];
}
