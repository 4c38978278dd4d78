import { describe, expect, it } from 'vitest';
import { createStepSandbox } from './step-sandbox';

describe('createStepSandbox', () => {
  const sandbox = createStepSandbox('/runs/r/train', ['/tmp/out.txt', '/out/model', 'relative.txt'], '/app');

  it('maps declared absolute paths under the private root and relative ones under the working directory', () => {
    expect(sandbox.map('/tmp/out.txt')).toBe('/runs/r/train.root/tmp/out.txt');
    expect(sandbox.map('relative.txt')).toBe('/runs/r/train.root/app/relative.txt');
    expect(sandbox.cwd).toBe('/runs/r/train.root/app');
  });

  it('rewrites declared paths where they stand alone, and files inside declared directories', () => {
    expect(sandbox.rewrite('echo hi > /tmp/out.txt && cp x /out/model/w.bin')).toBe('echo hi > /runs/r/train.root/tmp/out.txt && cp x /runs/r/train.root/out/model/w.bin');
    expect(sandbox.rewrite("open('/tmp/out.txt', 'w'); --out=/tmp/out.txt.")).toBe("open('/runs/r/train.root/tmp/out.txt', 'w'); --out=/runs/r/train.root/tmp/out.txt.");
  });

  it('leaves longer names and undeclared paths alone', () => {
    expect(sandbox.rewrite('/tmp/out.txt2 /x/tmp/out.txt /tmp/out.txt.bak /tmp/other /out/models')).toBe('/tmp/out.txt2 /x/tmp/out.txt /tmp/out.txt.bak /tmp/other /out/models');
  });
});
