import { describe, expect, it } from 'vitest';
import { newId } from './api-token';

describe('newId', () => {
  it('gives ids that never repeat, across refills of its random pool', () => {
    // 455 ids come from one 4 KiB draw: 2,000 cross four refills.
    const ids = Array.from({ length: 2000 }, () => newId('wf'));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^wf_[A-Za-z0-9_-]{12}$/);
  });
});
