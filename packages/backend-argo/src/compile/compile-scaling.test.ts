import { operationGrowth, scalingWorkflow, type ScalingShape } from '@couler/ir/test';
import { describe, expect, test } from 'vitest';
import { emitArgoYaml } from '../emit/emit-argo-yaml';
import { assertValidArgoDocument } from '../validate/assert-valid-argo-document';
import { compileToArgo } from './compile-to-argo';

// Operations counted, not time (see countOperations in @couler/ir/test): a workflow ten times
// larger may cost at most ~15 times as much to compile, print and check. This file runs alone
// so that the counting starts before the code it counts first runs.
const MOST = 15;

describe('compiling to Argo grows linearly with the workflow', () => {
  test.each<ScalingShape>(['layered', 'chain', 'fanOut'])('compile, YAML and --validate (schema and lint) of a %s workflow: 10× the steps, at most 15× the work', async (shape) => {
    const growth = await operationGrowth((size) => {
      const { document } = compileToArgo(scalingWorkflow(shape, size), { sizeLimit: 'warn' });
      emitArgoYaml(document);
      assertValidArgoDocument(document);
    }, 300);
    expect(growth).toBeLessThan(MOST);
  });
});
