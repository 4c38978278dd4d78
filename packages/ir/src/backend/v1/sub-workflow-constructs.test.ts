import { describe, expect, test } from 'vitest';
import { CoulerError } from '../../errors/couler-error';
import { subWorkflowFanOut } from '../../test/sub-workflow-workflows';
import { assertSupported } from './assert-supported';
import { ALL_CONSTRUCTS, detectConstructs } from './constructs';

describe('sub-workflows as a construct', () => {
  test('the call and the constructs inside a definition are found, with their paths', () => {
    const uses = detectConstructs(subWorkflowFanOut()).map((use) => [use.construct, use.path.join('/')]);
    expect(uses).toContainEqual(['step.subWorkflow', 'steps/models/subWorkflow']);
    expect(uses).toContainEqual(['map.items', 'steps/models/map']);
    expect(uses).toContainEqual(['step.container', 'subWorkflows/train-evaluate/steps/evaluate/container']);
  });

  test('a backend that declares every first-release construct still refuses it, naming the construct and the call', () => {
    let refused: unknown;
    try {
      assertSupported(subWorkflowFanOut(), { backendId: 'someengine', capabilities: ALL_CONSTRUCTS });
    } catch (error) {
      refused = error;
    }
    expect(CoulerError.isInstance(refused)).toBe(true);
    expect((refused as CoulerError).message).toBe(
      'The someengine backend cannot express sub-workflows (a definition in spec.subWorkflows, called by subWorkflow steps) ("step.subWorkflow"), used by "models".',
    );
  });
});
