import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { RunSchema } from '../routes/route-schemas';
import { responseSerializerCompiler } from './response-serializer';

const serializerFor = (schema: z.ZodType) => responseSerializerCompiler({ schema, method: 'GET', url: '/test', httpStatus: '200' });

const run = {
  id: 'r-1',
  workflowId: 'wf-1',
  workflowName: 'diamond',
  userId: 'u-1',
  phase: 'Queued',
  priority: 3,
  request: { cpu: 1, memory: 1024, gpu: 0 },
  parameters: { 'quote"s': 'a "b" \n {{ c }} ü' },
  cluster: null,
  waitReason: 'No cluster has room.',
  message: null,
  outputs: null,
  cancelRequested: false,
  dispatches: 0,
  parentRunId: null,
  part: { index: 1, of: 3 },
  createdAt: '2026-01-01T00:00:00.000Z',
  queuedAt: '2026-01-01T00:00:00.000Z',
  startedAt: null,
  finishedAt: null,
};

describe('responseSerializerCompiler', () => {
  it('writes an answer as JSON.stringify would, hostile strings and nulls included', () => {
    expect(JSON.parse(serializerFor(RunSchema)(run))).toEqual(run);
  });

  it("writes only the schema's fields: a field a handler adds by mistake never leaks", () => {
    const answer = JSON.parse(serializerFor(RunSchema)({ ...run, tenantId: 't-secret', request: { ...run.request, token: 'cst_x' } }));
    expect(answer).not.toHaveProperty('tenantId');
    expect(answer.request).toEqual(run.request);
  });

  it('refuses an answer without a required field instead of sending it', () => {
    const { workflowId: _, ...partial } = run;
    expect(() => serializerFor(RunSchema)(partial)).toThrow(/workflowId/);
  });
});
