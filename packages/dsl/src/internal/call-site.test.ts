import { describe, expect, it } from 'vitest';
import { parseFrame, resolveCallSite } from './call-site';

const stackOf = (...frames: string[]) => ({ stack: ['Error', ...frames.map((frame) => `    at ${frame}`)].join('\n') }) as Error;

describe('call sites in V8 stacks', () => {
  it('reads paths with spaces, parentheses, quotes and non-ASCII letters, with or without a function name', () => {
    expect(parseFrame("at trainModel (/Users/Ann Lee/ml (copy)/it's ü/wf.ts:12:5)")).toEqual({ file: "/Users/Ann Lee/ml (copy)/it's ü/wf.ts", line: 12, column: 5, functionName: 'trainModel' });
    expect(parseFrame('at /Users/Ann Lee/ml (copy)/wf.ts:3:1')).toEqual({ file: '/Users/Ann Lee/ml (copy)/wf.ts', line: 3, column: 1, functionName: undefined });
    expect(parseFrame('at async Trainer.fit [as run] (C:\\Work Dir\\wf.ts:7:9)')).toEqual({ file: 'C:\\Work Dir\\wf.ts', line: 7, column: 9, functionName: 'Trainer.fit [as run]' });
  });

  it('turns an ES module’s file:// URL back into its path, and names no file for native or eval frames', () => {
    expect(parseFrame('at file:///tmp/My%20Project/wf.mjs:4:2')?.file).toBe('/tmp/My Project/wf.mjs');
    expect(parseFrame('at Array.map (<anonymous>)')).toBeUndefined();
    expect(parseFrame('at eval (eval at <anonymous> (/tmp/wf.ts:1:2), <anonymous>:3:4)')).toBeUndefined();
  });

  it('finds the user’s frame in a folder with a space, its function name kept', () => {
    const site = resolveCallSite(stackOf('node:internal/modules/cjs/loader:1:1', 'buildPipeline (/home/a b/pipelines (v2)/wf.ts:9:3)'));
    expect(site).toEqual({ location: { file: '/home/a b/pipelines (v2)/wf.ts', line: 9, column: 3 }, functionName: 'buildPipeline' });
  });
});
