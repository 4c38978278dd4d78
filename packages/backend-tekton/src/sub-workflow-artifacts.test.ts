import { subWorkflowArtifacts } from '@couler/ir/test';
import { describe, expect, it } from 'vitest';
import { refusal } from '../test/support/refusal';
import { compileToTekton } from './compile/compile-to-tekton';

describe('artifacts in and out of sub-workflows on Tekton', () => {
  it("refuses them, naming the call and Tekton's reason, rather than dropping the files", () => {
    const error = refusal(() => compileToTekton(subWorkflowArtifacts()));
    const first = error.errors?.[0] ?? error;
    expect(first.code).toBe('UNSUPPORTED_BY_BACKEND');
    expect(first.path).toEqual(['steps', 'fit-a', 'subWorkflow', 'artifacts']);
    expect(first.message).toContain('artifacts in or out of sub-workflow "fit"');
    expect(first.hint).toContain('Pipelines in Pipelines');
  });
});
