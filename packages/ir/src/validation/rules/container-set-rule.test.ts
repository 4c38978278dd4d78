import { describe, expect, test } from 'vitest';
import { detectConstructs } from '../../backend/v1/constructs';
import { buildWorkflowGraph, topologicalOrder } from '../../graph/workflow-graph';
import { container, echo, output, outputs, workflow } from '../../__tests__/workflows';
import { validate } from '../validate';
import { expectValid, expectValidationErrors } from '../__tests__/harness';
import { containerSetRule } from './container-set-rule';

type Node = { name: string; dependencies?: string[]; args?: unknown[] };
const containerSet = (name: string, nodes: Node[], fields: Record<string, unknown> = {}) => ({
  name,
  kind: 'containerSet',
  containerSet: { containers: nodes.map((node) => ({ image: 'alpine:3.20', command: ['sh', '-c'], ...node })) },
  ...fields,
});

describe('containerSetRule', () => {
  test('a diamond of containers with a main holding the outputs is valid', () => {
    const step = containerSet('build', [{ name: 'a' }, { name: 'b', dependencies: ['a'] }, { name: 'c', dependencies: ['a'] }, { name: 'main', dependencies: ['b', 'c'] }], outputs('message'));
    expectValid(containerSetRule, workflow([step]));
  });

  test('duplicate, reserved and non-DNS names are reported at the container', () => {
    expectValidationErrors(containerSetRule, workflow([containerSet('build', [{ name: 'a' }, { name: 'a' }, { name: 'wait' }, { name: 'Main_1' }])]), [
      { code: 'DUPLICATE_NAME', path: ['steps', 'build', 'containerSet', 'containers', 1, 'name'], message: 'Step "build" has two containers named "a".' },
      { code: 'INVALID_NAME', path: ['steps', 'build', 'containerSet', 'containers', 2, 'name'], message: 'keeps for its own container' },
      { code: 'INVALID_NAME', path: ['steps', 'build', 'containerSet', 'containers', 3, 'name'], message: 'DNS-1123' },
    ]);
  });

  test('a dependency on a container that is not in the set names the closest one', () => {
    expectValidationErrors(containerSetRule, workflow([containerSet('build', [{ name: 'fetch' }, { name: 'main', dependencies: ['fetc'] }])]), [
      { code: 'UNKNOWN_STEP', path: ['steps', 'build', 'containerSet', 'containers', 'main', 'dependencies'], stepIds: ['build'], message: 'Did you mean "fetch"?' },
    ]);
  });

  test('containers that depend on each other in a loop are a cycle', () => {
    expectValidationErrors(containerSetRule, workflow([containerSet('build', [{ name: 'a', dependencies: ['b'] }, { name: 'b', dependencies: ['a'] }])]), [
      { code: 'CYCLE', path: ['steps', 'build', 'containerSet', 'containers', 'a', 'dependencies'], message: 'Containers "a" → "b" → "a" of step "build"' },
    ]);
  });

  test('outputs without a main container, and step-wide resources, are refused', () => {
    const step = containerSet('build', [{ name: 'a' }], { ...outputs('message'), resources: { requests: { cpu: '1' } } });
    expectValidationErrors(containerSetRule, workflow([step]), [
      { code: 'INVALID_FIELD', path: ['steps', 'build', 'containerSet', 'containers'], message: 'must be named "main"' },
      { code: 'INVALID_FIELD', path: ['steps', 'build', 'resources'], message: 'give resources to each container' },
    ]);
  });

  test('the result of a set with a main container can be read; without one it cannot', () => {
    const withMain = workflow([containerSet('build', [{ name: 'main' }]), echo('report', [output('build')])]);
    expect(validate(withMain)).toEqual([]);
    const withoutMain = workflow([containerSet('build', [{ name: 'a' }]), echo('report', [output('build')])]);
    expect(validate(withoutMain).map((error) => error.code)).toEqual(['UNKNOWN_OUTPUT']);
  });

  test("a container's arguments that read another step make the set depend on it, and the set is an opt-in construct", () => {
    const wf = workflow([containerSet('build', [{ name: 'main', args: [output('prepare')] }]), container('prepare')]);
    expect(topologicalOrder(buildWorkflowGraph(wf)).order).toEqual(['prepare', 'build']);
    expect(detectConstructs(wf).filter((use) => use.construct === 'step.containerSet')).toEqual([
      { construct: 'step.containerSet', path: ['steps', 'build', 'containerSet'], stepName: 'build' },
    ]);
  });
});
