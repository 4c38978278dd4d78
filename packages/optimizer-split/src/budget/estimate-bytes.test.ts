import { test } from '@fast-check/vitest';
import { emitArgoYaml } from '@couler/backend-argo';
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { randomWorkflow } from '../../test/generators';
import { compileSplitToArgo } from '../argo/compile-split-to-argo';
import { splitWorkflow } from '../split-workflow';

describe('byte estimates', () => {
  test.prop([randomWorkflow, fc.integer({ min: 40_000, max: 200_000 })], { numRuns: 120 })(
    'every part, compiled by @couler/backend-argo with its exports and serialised, is at most its estimate and the budget',
    (workflow, bytes) => {
      const split = splitWorkflow(workflow, { budget: { bytes, steps: Number.POSITIVE_INFINITY } });
      const { templates } = compileSplitToArgo(split, { validate: false });
      templates.forEach((document, index) => {
        const written = Buffer.byteLength(emitArgoYaml(document));
        expect(written).toBeLessThanOrEqual(split.report.parts[index]!.bytes);
        expect(written).toBeLessThanOrEqual(bytes);
      });
    },
  );
});
