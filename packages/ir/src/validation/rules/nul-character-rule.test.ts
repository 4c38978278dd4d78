import { describe, expect, test } from 'vitest';
import { checkWorkflow } from '../../serialization/parse-workflow';
import { container, echo, script, workflow } from '../../__tests__/workflows';
import { expectValid, expectValidationErrors } from '../__tests__/harness';
import { nulCharacterRule } from './nul-character-rule';

describe('nulCharacterRule', () => {
  test('a workflow without NUL characters is valid, whatever else its strings hold', () => {
    expectValid(nulCharacterRule, workflow([echo('a', ['{{x}}', '$(y)', '${z}', 'line\nbreak', 'é☃😀', '\\0'])]));
  });

  test('every NUL is refused at its own path, naming the step: args, env, image, command, source, parameters, conditions', () => {
    const w = workflow(
      [
        container(
          'train',
          {
            env: [{ name: 'TOKEN', value: { concat: ['a\0', { ref: 'parameter', name: 'lr' }] } }],
            when: { op: 'equal', left: { ref: 'parameter', name: 'lr' }, right: 'x\0' },
            inputs: { parameters: [{ name: 'p', value: 'v\0' }] },
          },
          { image: 'alpine\0', command: ['sh\0'], args: ['ok', 'fine', 'bad\0arg'] },
        ),
        script('prep', {}, 'print(1)\0'),
      ],
      { parameters: [{ name: 'lr', default: '0.1\0', enum: ['0.1\0', 'b'], description: 'rate\0' }] },
    );
    const errors = expectValidationErrors(nulCharacterRule, w, [
      { code: 'NUL_CHARACTER', path: ['parameters', 'lr', 'default'] },
      { code: 'NUL_CHARACTER', path: ['parameters', 'lr', 'enum', 0] },
      { code: 'NUL_CHARACTER', path: ['parameters', 'lr', 'description'] },
      { code: 'NUL_CHARACTER', path: ['steps', 'train', 'when', 'right'], stepIds: ['train'] },
      { code: 'NUL_CHARACTER', path: ['steps', 'train', 'inputs', 'parameters', 'p', 'value'], stepIds: ['train'] },
      { code: 'NUL_CHARACTER', path: ['steps', 'train', 'env', 'TOKEN', 'value', 'concat', 0], stepIds: ['train'] },
      { code: 'NUL_CHARACTER', path: ['steps', 'train', 'container', 'image'], stepIds: ['train'] },
      { code: 'NUL_CHARACTER', path: ['steps', 'train', 'container', 'command', 0], stepIds: ['train'] },
      {
        code: 'NUL_CHARACTER',
        path: ['steps', 'train', 'container', 'args', 2],
        stepIds: ['train'],
        message: 'steps.train.container.args[2] holds a NUL character (\\0) at position 3: no process can receive one in an argument, an environment variable or a file name.',
        hint: 'Remove the NUL character.',
      },
      { code: 'NUL_CHARACTER', path: ['steps', 'prep', 'script', 'source'], stepIds: ['prep'] },
    ]);
    expect(errors).toHaveLength(10);
  });

  test('a NUL in a key (a label, a map item field) is refused too', () => {
    const w = workflow([container('a', { labels: { 'team\0': 'x' }, map: { items: [{ 'k\0': 1 }] } }, { command: ['echo'], args: [{ ref: 'item' }] })]);
    expectValidationErrors(nulCharacterRule, w, [
      { code: 'NUL_CHARACTER', path: ['steps', 'a', 'map', 'items', 0, 'k\0'], message: 'The key "k\\u0000" at steps.a.map.items[0] holds a NUL character' },
      { code: 'NUL_CHARACTER', path: ['steps', 'a', 'labels', 'team\0'] },
    ]);
  });

  test('a YAML file with "\\0" in a double-quoted argument is refused by checkWorkflow with the path', () => {
    const text = [
      'apiVersion: couler.dev/v1alpha1',
      'kind: Workflow',
      'metadata: { name: w }',
      'spec:',
      '  steps:',
      '    - name: train',
      '      kind: container',
      '      container: { image: alpine, command: [echo], args: [a, b, "c\\0d"] }',
    ].join('\n');
    const { workflow: parsed, errors } = checkWorkflow(text);
    expect(parsed).toBeDefined();
    expect(errors.map((error) => [error.code, error.path])).toEqual([['NUL_CHARACTER', ['steps', 'train', 'container', 'args', 2]]]);
  });
});
