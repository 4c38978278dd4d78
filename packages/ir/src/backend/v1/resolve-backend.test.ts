import { describe, expect, test } from 'vitest';
import type { BackendV1 } from './backend-v1';
import { resolveBackend } from './resolve-backend';

const backend: BackendV1 = {
  specificationVersion: 'v1',
  backendId: 'echo',
  capabilities: ['step.container'],
  doCompile: async (workflow) => ({ files: [{ path: 'out.json', contents: JSON.stringify(workflow) }], warnings: [] }),
};

describe('resolveBackend', () => {
  test('returns a v1 backend as it is', () => {
    expect(resolveBackend(backend)).toBe(backend);
  });

  test('refuses a backend built for a contract version it does not know', () => {
    expect(() => resolveBackend({ ...backend, specificationVersion: 'v2' })).toThrow(
      expect.objectContaining({
        code: 'UNSUPPORTED_SPECIFICATION_VERSION',
        message: 'Backend "echo" implements contract "v2", but this version of Couler knows "v1".',
        hint: expect.stringContaining('Upgrade @couler/ir'),
      }),
    );
    expect(() => resolveBackend({ ...backend, specificationVersion: undefined })).toThrow(expect.objectContaining({ message: expect.stringContaining('contract "undefined"') }));
  });

  test('refuses what is not a backend at all', () => {
    for (const value of [null, undefined, 'argo', 42, {}, { specificationVersion: 'v1', backendId: 'x', doCompile: 'no' }]) {
      expect(() => resolveBackend(value)).toThrow(expect.objectContaining({ code: 'UNSUPPORTED_SPECIFICATION_VERSION', message: 'This is not a Couler backend: it has no doCompile method.' }));
    }
  });
});
