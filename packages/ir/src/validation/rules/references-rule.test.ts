import { describe, test } from 'vitest';
import { container, echo, output, outputs, workflow } from '../../__tests__/workflows';
import { expectValid, expectValidationErrors } from '../__tests__/harness';
import { referencesRule } from './references-rule';

describe('referencesRule', () => {
  test('accepts references that all resolve', () => {
    expectValid(
      referencesRule,
      workflow(
        [
          container('train', outputs('model')),
          echo('evaluate', [output('train', 'model'), { concat: ['--lr=', { ref: 'parameter', name: 'lr' }] }, { ref: 'input', name: 'split' }], {
            dependencies: ['train'],
            depends: 'train.Succeeded || !train',
            inputs: { parameters: [{ name: 'split', value: 'test' }] },
          }),
          echo('sweep', [{ ref: 'item', key: 'lr' }], { map: { items: [{ lr: 0.1 }, { lr: 0.2 }] } }),
        ],
        {
          parameters: [{ name: 'lr', default: '0.1' }],
          onExit: [echo('notify', [{ ref: 'workflow', field: 'status' }, { ref: 'workflow', field: 'failures' }])],
        },
      ),
    );
  });

  test('an unknown dependency suggests the closest step, typos with swapped letters included', () => {
    expectValidationErrors(referencesRule, workflow([container('train'), container('evaluate', { dependencies: ['train', 'trian'] })]), [
      {
        code: 'UNKNOWN_STEP',
        path: ['steps', 'evaluate', 'dependencies', 1],
        stepIds: ['evaluate'],
        message: 'Step "evaluate" depends on "trian", but there is no step of that name. Did you mean "train"?',
      },
    ]);
  });

  test('no suggestion when nothing is close', () => {
    expectValidationErrors(referencesRule, workflow([container('train'), container('evaluate', { dependencies: ['preprocess'] })]), [
      { code: 'UNKNOWN_STEP', path: ['steps', 'evaluate', 'dependencies', 0], message: /there is no step of that name\.$/ },
    ]);
  });

  test('steps named in a depends expression must exist', () => {
    expectValidationErrors(referencesRule, workflow([container('train'), container('evaluate', { depends: 'train.Succeeded && (tran.Failed || deploy)' })]), [
      { code: 'UNKNOWN_STEP', path: ['steps', 'evaluate', 'depends'], message: '"tran", but there is no step of that name. Did you mean "train"?' },
      { code: 'UNKNOWN_STEP', path: ['steps', 'evaluate', 'depends'], message: '"deploy"' },
    ]);
  });

  test('a malformed depends expression is reported at the step, with a hint', () => {
    expectValidationErrors(referencesRule, workflow([container('train'), container('evaluate', { depends: 'train.Suceeded' })]), [
      {
        code: 'INVALID_DEPENDS_EXPRESSION',
        path: ['steps', 'evaluate', 'depends'],
        stepIds: ['evaluate'],
        message: 'Unknown result "Suceeded" of "train"',
        hint: 'Example:',
      },
    ]);
  });

  test('an unknown output names the outputs that do exist', () => {
    const errors = [
      {
        code: 'UNKNOWN_OUTPUT',
        path: ['steps', 'evaluate', 'container', 'args', 0],
        stepIds: ['evaluate', 'train'],
        message: 'Step "evaluate" reads output "modle" of step "train", which has no such output. Did you mean "model"?',
        hint: 'Outputs of "train": result, model.',
      },
    ] as const;
    expectValidationErrors(referencesRule, workflow([container('train', outputs('model')), echo('evaluate', [output('train', 'modle')])]), errors);
  });

  test('a job step has no standard output to read', () => {
    const job = { name: 'dist', kind: 'job', job: { framework: 'pytorch', image: 'pt', replicas: { Worker: { replicas: 2 } } } };
    expectValidationErrors(referencesRule, workflow([job, echo('after', [output('dist')])]), [
      { code: 'UNKNOWN_OUTPUT', path: ['steps', 'after', 'container', 'args', 0], hint: 'Step "dist" declares no outputs; add one to it.' },
    ]);
  });

  test('a reference to a step that does not exist is UNKNOWN_STEP, wherever it stands', () => {
    const step = echo('b', [], {
      env: [{ name: 'X', value: output('ghost') }],
      inputs: { parameters: [{ name: 'p', value: { concat: ['v', output('ghost')] } }], artifacts: [{ name: 'data', path: '/d', from: output('ghost', 'data') }] },
      when: { op: 'equal', left: output('ghost'), right: 'x' },
      map: { from: output('ghost') },
    });
    expectValidationErrors(referencesRule, workflow([container('a'), step]), [
      { code: 'UNKNOWN_STEP', path: ['steps', 'b', 'env', 'X', 'value'] },
      { code: 'UNKNOWN_STEP', path: ['steps', 'b', 'inputs', 'parameters', 'p', 'value'] },
      { code: 'UNKNOWN_STEP', path: ['steps', 'b', 'inputs', 'artifacts', 'data', 'from'] },
      { code: 'UNKNOWN_STEP', path: ['steps', 'b', 'when'] },
      { code: 'UNKNOWN_STEP', path: ['steps', 'b', 'map', 'from'] },
    ]);
  });

  test('references in job arguments and replica arguments are checked', () => {
    const job = {
      name: 'dist',
      kind: 'job',
      job: { framework: 'tensorflow', image: 'tf', args: [output('nope')], replicas: { Worker: { replicas: 2, args: [{ ref: 'parameter', name: 'epochs' }] } } },
    };
    expectValidationErrors(referencesRule, workflow([job]), [
      { code: 'UNKNOWN_STEP', path: ['steps', 'dist', 'job', 'args', 0] },
      { code: 'UNKNOWN_PARAMETER', path: ['steps', 'dist', 'job', 'replicas', 'Worker', 'args', 0] },
    ]);
  });

  test('an undeclared workflow parameter suggests a declared one', () => {
    expectValidationErrors(referencesRule, workflow([echo('a', [{ ref: 'parameter', name: 'learning_rat' }])], { parameters: [{ name: 'learning_rate' }] }), [
      {
        code: 'UNKNOWN_PARAMETER',
        path: ['steps', 'a', 'container', 'args', 0],
        message: 'reads workflow parameter "learning_rat", which is not declared. Did you mean "learning_rate"?',
        hint: 'Declare it in spec.parameters',
      },
    ]);
  });

  test('an input reference must name an input of the same step', () => {
    const steps = [
      container('a', { inputs: { parameters: [{ name: 'epochs', value: '3' }] } }),
      echo('b', [{ ref: 'input', name: 'epochs' }]),
      echo('c', [{ ref: 'input', name: 'epoch' }], { inputs: { parameters: [{ name: 'epochs', value: '3' }] } }),
    ];
    expectValidationErrors(referencesRule, workflow(steps), [
      { code: 'UNKNOWN_INPUT', path: ['steps', 'b', 'container', 'args', 0], message: 'Step "b" reads input "epochs", which it does not declare.' },
      { code: 'UNKNOWN_INPUT', path: ['steps', 'c', 'container', 'args', 0], message: 'Did you mean "epochs"?' },
    ]);
  });

  test('items are only read inside a map, and record fields must exist in every item', () => {
    const steps = [
      echo('plain', [{ ref: 'item' }]),
      echo('scalars', [{ ref: 'item', key: 'lr' }], { map: { items: [1, 2] } }),
      echo('records', [{ ref: 'item', key: 'lr' }], { map: { items: [{ lr: 1 }, { rl: 2 }] } }),
      echo('fine', [{ ref: 'item', key: 'lr' }, { ref: 'item' }], { map: { items: [{ lr: 1, bs: 2 }, { bs: 3, lr: 4 }] } }),
    ];
    expectValidationErrors(referencesRule, workflow(steps), [
      { code: 'INVALID_REFERENCE', path: ['steps', 'plain', 'container', 'args', 0], message: 'reads a map item, but it is not mapped', hint: 'map(fn, items)' },
      { code: 'INVALID_REFERENCE', path: ['steps', 'scalars', 'container', 'args', 0], message: 'the items are plain values' },
      { code: 'INVALID_REFERENCE', path: ['steps', 'records', 'container', 'args', 0], message: 'item 1 has no such field. Did you mean "lr"?' },
    ]);
  });

  test('workflow status and failures are only known in exit handlers', () => {
    expectValidationErrors(referencesRule, workflow([echo('a', [{ ref: 'workflow', field: 'name' }, { ref: 'workflow', field: 'status' }])]), [
      { code: 'INVALID_REFERENCE', path: ['steps', 'a', 'container', 'args', 1], message: 'workflow.status, which is only known in exit handlers', hint: 'setExitHandler' },
    ]);
  });

  test('main steps and exit-handler steps do not depend on each other; an exit handler reads main outputs', () => {
    const spec = { onExit: [echo('notify', [output('work')], { dependencies: ['work'] }), echo('report', [output('work')])] };
    expectValidationErrors(referencesRule, workflow([container('work', { dependencies: ['report'] })], spec), [
      { code: 'INVALID_REFERENCE', path: ['steps', 'work', 'dependencies', 0], stepIds: ['work', 'report'], message: 'exit-handler step "report", which only runs after the workflow ends' },
      { code: 'INVALID_REFERENCE', path: ['onExit', 'notify', 'dependencies', 0], stepIds: ['notify', 'work'], hint: "read the step's output or its stepStatus" },
    ]);
  });

  test('a main step reads no exit-handler output', () => {
    expectValidationErrors(referencesRule, workflow([echo('work', [output('report')])], { onExit: [container('report')] }), [
      { code: 'INVALID_REFERENCE', path: ['steps', 'work', 'container', 'args', 0], stepIds: ['work', 'report'], message: 'exit-handler step "report"' },
    ]);
  });

  test('stepStatus: in exit handlers, of main steps that exist', () => {
    const status = (step: string) => ({ when: { op: 'stepStatus', step, statuses: ['Failed'] } });
    const spec = {
      onExit: [container('alert', status('train')), container('typo', status('trian')), container('own', status('alert')), container('both', { when: { op: 'and', conditions: [status('train').when, status('train').when] } })],
    };
    expectValidationErrors(referencesRule, workflow([container('train'), container('early', status('train'))], spec), [
      { code: 'INVALID_REFERENCE', path: ['steps', 'early', 'when'], message: 'only known in exit handlers', hint: 'setExitHandler' },
      { code: 'UNKNOWN_STEP', path: ['onExit', 'typo', 'when'], message: 'Did you mean "train"?' },
      { code: 'INVALID_REFERENCE', path: ['onExit', 'own', 'when'], stepIds: ['own', 'alert'], message: 'stepStatus reads main steps' },
    ]);
  });

  test('a loop condition cannot read a step status', () => {
    const spec = { groups: [{ name: 'loop', kind: 'while', steps: ['train'], condition: { op: 'stepStatus', step: 'train', statuses: ['Failed'] }, maxIterations: 3 }] };
    expectValidationErrors(referencesRule, workflow([container('train')], spec), [{ code: 'INVALID_REFERENCE', path: ['groups', 'loop', 'condition'], message: 'only known in exit handlers' }]);
  });

  test('artifacts flow into input artifacts, parameters into values, and not the other way round', () => {
    const producer = container('train', {
      outputs: { parameters: [{ name: 'accuracy', path: '/tmp/acc' }], artifacts: [{ name: 'model', path: '/tmp/model' }] },
    });
    const consumer = echo('serve', [output('train', 'model')], {
      inputs: {
        artifacts: [
          { name: 'weights', path: '/w', from: output('train', 'model') },
          { name: 'score', path: '/s', from: output('train', 'accuracy') },
        ],
      },
    });
    expectValidationErrors(referencesRule, workflow([producer, consumer]), [
      { code: 'TYPE_MISMATCH', path: ['steps', 'serve', 'container', 'args', 0], message: 'uses artifact "train.model" as a value', hint: 'inputs.artifacts' },
      { code: 'TYPE_MISMATCH', path: ['steps', 'serve', 'inputs', 'artifacts', 'score', 'from'], message: 'which is a parameter, not an artifact' },
    ]);
  });
});
