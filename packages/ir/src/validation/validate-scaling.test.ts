import { describe, expect, test } from 'vitest';
import { checkWorkflow } from '../serialization/parse-workflow';
import { operationGrowth } from '../test/count-operations';
import { scalingWorkflow, type ScalingShape } from '../test/scaling-workflows';
import { specifiedRules } from './rules/index';
import { validate } from './validate';
import type { ValidationRule } from './validation-context';

// Operations counted, not time: a workflow ten times larger may cost at most ~15 times as much
// (10 is linear; the margin is for hash tables growing and n log n sorts). A quadratic rule
// costs ~100 times as much and fails. This file runs alone so that the counting starts before
// the code it counts first runs (see countOperations).
const MOST = 15;

describe('validation grows linearly with the workflow', () => {
  test('a deliberately quadratic rule fails the check (the check can fail)', async () => {
    const quadratic: ValidationRule = (context) => {
      for (const { step } of context.allSteps()) {
        for (const other of context.workflow.spec.steps) if (other.name === step.name && other !== step) context.report('DUPLICATE_STEP', 'twice', { path: ['steps', step.name] });
      }
    };
    const growth = await operationGrowth((size) => validate(scalingWorkflow('layered', size), { rules: [...specifiedRules, quadratic] }), 300);
    expect(growth).toBeGreaterThan(MOST);
  });

  test.each<ScalingShape>(['layered', 'chain', 'fanOut'])('checkWorkflow (parse and every rule) of a %s workflow: 10× the steps, at most 15× the work', async (shape) => {
    const growth = await operationGrowth((size) => {
      const { errors } = checkWorkflow(scalingWorkflow(shape, size));
      if (errors.length > 0) throw errors[0];
    }, 500);
    expect(growth).toBeLessThan(MOST);
  });
});
