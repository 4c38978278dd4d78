import { operationGrowth, scalingWorkflow, type ScalingShape } from '@couler/ir/test';
import { describe, expect, test } from 'vitest';
import { validateTektonDocument } from '../validate/validate-tekton-document';
import { compileToTekton } from './compile-to-tekton';

// Operations counted, not time (see countOperations in @couler/ir/test): a workflow ten times
// larger may cost at most ~15 times as much to compile and check. The sizes stay under the
// 1.5 MiB a Pipeline may be. This file runs alone so that the counting starts before the code it
// counts first runs.
const MOST = 15;

describe('compiling to Tekton grows linearly with the workflow', () => {
  test.each<ScalingShape>(['layered', 'chain', 'fanOut'])('compile and --validate of a %s workflow: 10× the steps, at most 15× the work', async (shape) => {
    const growth = await operationGrowth((size) => {
      for (const document of compileToTekton(scalingWorkflow(shape, size), { taskStyle: 'separate' }).documents) validateTektonDocument(document);
    }, 60);
    expect(growth).toBeLessThan(MOST);
  });
});
