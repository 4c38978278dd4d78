import { describe, expect, test } from 'vitest';
import { assertSupported } from '../backend/v1/assert-supported';
import type { BackendV1, BackendV1CompileResult } from '../backend/v1/backend-v1';
import type { Construct } from '../backend/v1/constructs';
import { serializeWorkflow } from '../serialization/serialize-workflow';
import type { Workflow } from '../schema/workflow';
import { assertBackendConformance } from './assert-backend-conformance';
import { conformanceWorkflows } from './conformance-workflows';

/** A tiny backend that writes the canonical IR, as a third party would build one. */
function createJsonBackend(capabilities: Construct[], compile?: (workflow: Workflow) => BackendV1CompileResult): BackendV1 {
  return {
    specificationVersion: 'v1',
    backendId: 'json',
    capabilities,
    async doCompile(workflow) {
      assertSupported(workflow, this);
      return compile?.(workflow) ?? { files: [{ path: `${workflow.metadata.name}.json`, contents: serializeWorkflow(workflow) }], warnings: [] };
    },
  };
}

const containersOnly: Construct[] = ['step.container', 'dependencies', 'output-parameters'];

describe('assertBackendConformance', () => {
  test('passes a backend that compiles what it supports and refuses the rest', async () => {
    await expect(assertBackendConformance(createJsonBackend(containersOnly))).resolves.toBeUndefined();
  });

  test('fails a backend that compiles a construct outside its capabilities', async () => {
    const careless: BackendV1 = {
      ...createJsonBackend(containersOnly),
      doCompile: async (workflow) => ({ files: [{ path: 'w.json', contents: JSON.stringify(workflow) }], warnings: [] }),
    };
    await expect(assertBackendConformance(careless)).rejects.toThrow('Backend "json" compiled "conditional" although it uses a construct outside its capabilities');
  });

  test('fails a backend whose refusal is not UNSUPPORTED_BY_BACKEND', async () => {
    const vague: BackendV1 = {
      ...createJsonBackend(containersOnly),
      doCompile: async () => {
        throw new Error('nope');
      },
    };
    await expect(assertBackendConformance(vague, { conditional: conformanceWorkflows.conditional! })).rejects.toThrow('must throw UNSUPPORTED_BY_BACKEND');
  });

  test('fails a backend that is not deterministic', async () => {
    let run = 0;
    const flaky = createJsonBackend(containersOnly, () => ({ files: [{ path: 'w.json', contents: String(run++) }], warnings: [] }));
    await expect(assertBackendConformance(flaky)).rejects.toThrow('is not deterministic: compiling "diamond" twice gave different files');
  });

  test('fails a backend that produces nothing', async () => {
    const empty = createJsonBackend(containersOnly, () => ({ files: [], warnings: [] }));
    await expect(assertBackendConformance(empty)).rejects.toThrow('produced no files for "diamond"');
  });

  test.each(['/etc/passwd', '../outside.yaml', 'nested/../../outside.yaml', 'dir\\..\\x'])('fails a backend that writes %j', async (path) => {
    const escaping = createJsonBackend(containersOnly, () => ({ files: [{ path, contents: '' }], warnings: [] }));
    await expect(assertBackendConformance(escaping)).rejects.toThrow('file paths must be relative and stay inside the output directory');
  });

  test('checks the contract version first', async () => {
    await expect(assertBackendConformance({ ...createJsonBackend(containersOnly), specificationVersion: 'v0' })).rejects.toMatchObject({ code: 'UNSUPPORTED_SPECIFICATION_VERSION' });
  });
});

describe('conformanceWorkflows', () => {
  test('are all valid workflows', async () => {
    const { checkWorkflow } = await import('../serialization/parse-workflow');
    for (const [name, value] of Object.entries(conformanceWorkflows)) expect({ name, errors: checkWorkflow(value).errors.map(String) }).toEqual({ name, errors: [] });
  });
});
