import { validate, type Workflow } from '@couler/ir';
import { createParameterArtifact, execWhile, inList, map, not, notInList, or, equal, parameter, runContainer, runScript, setExitHandler, stepStatus, when, workflow } from '@couler/dsl';
import { describe, expect, it } from 'vitest';
import { argo } from '../argo-backend';
import { compileChecked, thrown } from '../../test/support/compile-checked';
import { container, irWorkflow } from '../../test/support/ir';
import { simulateArgo, type LeafOutcome, type LeafRun } from '../../test/support/simulate-argo';

type Json = Record<string, unknown>;
const echo = (stepName: string, ...args: unknown[]) => runContainer({ image: 'alpine:3.20', stepName, command: ['echo'], args: args as never });
const ran = (document: unknown, runner: (run: LeafRun) => LeafOutcome = () => ({}), options: { arguments?: Record<string, string> } = {}) =>
  simulateArgo(document as Json, runner, options).trace.map((entry) => entry.run.template);

describe('inList / notInList', () => {
  const branches = (style: 'dag' | 'steps' = 'dag') =>
    compileChecked(
      workflow('branches', () => {
        const list = parameter('branches', { type: 'list', default: '["main","hotfix",2,true]' });
        const branch = parameter('branch', { default: 'main' });
        const fan = map((item) => runScript({ image: 'python:3.12', stepName: 'fan', source: 'print(1)\n', args: [item] as never }), ['a', 'b']);
        when(inList(branch, list), () => echo('release'));
        when(notInList(branch, ['main', 2, true]), () => echo('feature'));
        when(inList('2', fan), () => echo('saw-two'));
      }),
      { templateStyle: style },
    );

  it('tests a literal list in place, a list parameter or a fan-in by decoding its JSON', () => {
    const { document } = branches();
    const tasks = (document.spec as { templates: Array<{ name: string; dag?: { tasks: Array<{ name: string; when?: string }> } }> }).templates[0]!.dag!.tasks;
    const whenOf = (name: string) => tasks.find((task) => task.name === name)!.when;
    expect(whenOf('feature')).toBe("{{=!(workflow.parameters['branch'] in ['main', '2', 'true'])}}");
    expect(whenOf('release')).toBe(
      "{{=any(fromJSON(workflow.parameters['branches']), {(type(#) == 'string' ? # : toJson(#)) == workflow.parameters['branch']})}}",
    );
    expect(whenOf('saw-two')).toBe("{{=any(fromJSON((tasks['fan']?.outputs?.result ?? '[]')), {(type(#) == 'string' ? # : toJson(#)) == '2'})}}");
  });

  it('compares as text: a JSON number or boolean item matches its text, in dag and steps style', () => {
    for (const style of ['dag', 'steps'] as const) {
      const { document } = branches(style);
      const fan = (result: string) => (run: LeafRun) => (run.template === 'fan' ? { result } : {});
      // Argo's fan-in parses each item's output as JSON: `2` becomes a number.
      expect(ran(document, fan('2'))).toEqual(['fan', 'fan', 'release', 'saw-two']);
      expect(ran(document, fan('3'), { arguments: { branch: 'true' } })).toEqual(['fan', 'fan', 'release']);
      expect(ran(document, fan('"2"'), { arguments: { branch: 'dev' } })).toEqual(['fan', 'fan', 'feature', 'saw-two']);
      expect(ran(document, fan('x'), { arguments: { branch: '2', branches: '[]' } })).toEqual(['fan', 'fan']);
    }
  });

  it('nests in and/or/not and drives an execWhile loop', () => {
    const built = workflow('loop', () => {
      execWhile((poll) => notInList(poll, ['done', 'failed']), () => runScript({ image: 'python:3.12', stepName: 'poll', source: 'print(1)\n' }), { maxIterations: 5 });
      when(or(equal(parameter('force', { default: 'no' }), 'yes'), not(inList('x', ['y']))), () => echo('always'));
    });
    const { document } = compileChecked(built);
    let call = 0;
    const states = ['waiting', 'waiting', 'done'];
    expect(ran(document, (run) => (run.template === 'poll' ? { result: states[call++]! } : {}))).toEqual(['poll', 'poll', 'poll', 'always']);
  });
});

describe('stepStatus in exit handlers', () => {
  const notify = (statuses: Array<'Succeeded' | 'Failed' | 'Skipped'>) =>
    workflow('notify', () => {
      const train = echo('train');
      const items = map((item) => echo('items', item), ['a', 'b']);
      setExitHandler('Any', () => {
        when(stepStatus(train, ...statuses), () => echo('alert'));
        when(not(stepStatus(items, 'Failed')), () => echo('items-ok'));
      });
    });

  it("reads Failed from workflow.failures: the step's own node, by task and template name", () => {
    const { document, template } = compileChecked(notify(['Failed']));
    const alert = template('exit-handler').dag!.tasks.find((task) => task.name === 'alert')!;
    expect(alert.when).toBe("{{=any((fromJSON(fromJSON(workflow.failures)) ?? []), {#.displayName == 'train' && #.templateName == 'train'})}}");
    expect(ran(document)).toEqual(['train', 'items', 'items', 'items-ok']);
    expect(ran(document, (run) => (run.template === 'train' ? { phase: 'Failed' } : {}))).toEqual(['train', 'alert', 'items-ok']);
    // Steps run in the order written, so `items` (never run) is not Failed; a mapped step failed when one of its items did.
    let item = 0;
    expect(ran(document, (run) => (run.template === 'items' && item++ === 1 ? { phase: 'Failed' } : {}))).toEqual(['train', 'items', 'items']);
  });

  it('tells the step from the workflow of the same name, whose node fails with it', () => {
    const value = irWorkflow('train', [container('train'), container('other', { dependencies: ['train'] })], {
      onExit: [container('alert', { when: { op: 'stepStatus', step: 'train', statuses: ['Failed'] } })],
    } as never);
    const { document } = compileChecked(value, { generateName: false });
    const failing = (template: string) => (run: LeafRun) => (run.template === template ? { phase: 'Failed' as const } : {});
    // The entry template is "train"; the step's template is "train-2".
    expect(simulateArgo(document as unknown as Json, failing('other'), { workflowName: 'train' }).trace.map((entry) => entry.run.template)).toEqual(['train-2', 'other']);
    expect(simulateArgo(document as unknown as Json, failing('train-2'), { workflowName: 'train' }).trace.map((entry) => entry.run.template)).toEqual(['train-2', 'alert']);
  });

  it('refuses Succeeded and Skipped by name: Argo tells an exit handler only which steps failed', () => {
    for (const status of ['Succeeded', 'Skipped'] as const) {
      const error = thrown(() => compileChecked(notify(['Failed', status])));
      expect(error).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['onExit', 'alert', 'when'], stepIds: ['alert'] });
      expect(error.message).toContain(`stepStatus "${status}" of step "train"`);
      expect(error.hint).toContain("not(stepStatus(train, 'Failed'))");
    }
  });
});

describe('exit-handler steps reading main outputs', () => {
  const report = (options: { global?: boolean; when?: boolean } = {}) =>
    workflow('reporting', () => {
      const skip = parameter('skip', { default: 'no' });
      const train = when(equal(skip, 'no'), () =>
        runContainer({ image: 'alpine:3.20', stepName: 'train', command: ['sh'], output: createParameterArtifact('/tmp/acc', { name: 'accuracy', ...(options.global && { global: true }) }) }),
      );
      setExitHandler('Any', () => {
        if (options.when) when(equal(train.output('accuracy'), '0.9'), () => echo('report', train.output('accuracy')));
        else echo('report', train.output('accuracy'));
      });
    });
  const trained = (accuracy: string, phase: 'Succeeded' | 'Failed' = 'Succeeded') => (run: LeafRun) => (run.template === 'train' ? { phase, parameters: { accuracy } } : {});

  it('exports the output as a global of its own and reads it from there, once it was produced', () => {
    const { document, template } = compileChecked(report());
    expect(template('train').outputs!.parameters).toEqual([{ name: 'accuracy', valueFrom: { path: '/tmp/acc' }, globalName: 'couler-exit-train-accuracy' }]);
    const task = template('exit-handler').dag!.tasks[0]!;
    expect(task.when).toBe(
      "{{=workflow?.outputs?.parameters?.['couler-exit-train-accuracy'] != nil && !any((fromJSON(fromJSON(workflow.failures)) ?? []), {#.displayName == 'train' && #.templateName == 'train'})}}",
    );
    expect(task.arguments).toEqual({ parameters: [{ name: 'train-accuracy', value: '{{workflow.outputs.parameters.couler-exit-train-accuracy}}' }] });
    const runs = simulateArgo(document as unknown as Json, trained('0.93')).trace;
    expect(runs.map((entry) => [entry.run.template, entry.run.argv])).toEqual([['train', ['sh']], ['report', ['echo', '0.93']]]);
  });

  it('skips the exit step when the producer was skipped or failed (Argo keeps a failed pod’s outputs)', () => {
    const { document } = compileChecked(report());
    expect(ran(document, trained('0.93'), { arguments: { skip: 'yes' } })).toEqual([]);
    expect(ran(document, trained('0.93', 'Failed'))).toEqual(['train']);
  });

  it('guards a condition on the output, so Argo never evaluates it on a missing value', () => {
    const { document, template } = compileChecked(report({ when: true }));
    const task = template('exit-handler').dag!.tasks[0]!;
    expect(task.when).toContain(" && {{=workflow?.outputs?.parameters?.['couler-exit-train-accuracy'] != nil ? (workflow.outputs.parameters['couler-exit-train-accuracy'] == '0.9') : false}}");
    expect(ran(document, trained('0.9'))).toEqual(['train', 'report']);
    expect(ran(document, trained('0.8'))).toEqual(['train']);
    expect(ran(document, trained('0.9'), { arguments: { skip: 'yes' } })).toEqual([]);
  });

  it('reads the global from a capped group of the exit handler too, and checks stepStatus there', () => {
    const value = irWorkflow('capped', [container('train', { outputs: { parameters: [{ name: 'acc', path: '/acc' }] } })], {
      onExit: [
        container('each', {
          container: { image: 'alpine', command: ['echo'], args: [{ ref: 'item' }, { ref: 'step', step: 'train', output: 'acc' }] },
          map: { items: ['a', 'b'], parallelism: 1 },
          when: { op: 'not', condition: { op: 'stepStatus', step: 'train', statuses: ['Failed'] } },
        }),
      ],
    } as never);
    for (const style of ['dag', 'steps'] as const) {
      const { document } = compileChecked(value, { templateStyle: style });
      const runs = (phase: 'Succeeded' | 'Failed') => simulateArgo(document as unknown as Json, (run) => (run.template === 'train' ? { phase, parameters: { acc: '0.5' } } : {})).trace.map((entry) => entry.run.argv);
      expect(runs('Succeeded')).toEqual([['echo', 'train'], ['echo', 'a', '0.5'], ['echo', 'b', '0.5']]);
      expect(runs('Failed')).toEqual([['echo', 'train']]);
    }
  });

  it("reuses the user's global name when the output is global already", () => {
    const { template } = compileChecked(report({ global: true }));
    expect(template('train').outputs!.parameters![0]!.globalName).toBe('accuracy');
    expect(JSON.stringify(template('exit-handler'))).toContain('{{workflow.outputs.parameters.accuracy}}');
  });

  it('refuses what Argo cannot export faithfully, naming the output and the step', () => {
    const exitReading = (producer: Record<string, unknown>, output = 'acc', extra: Record<string, unknown> = {}) =>
      irWorkflow('w', [container('train', { outputs: { parameters: [{ name: 'acc', path: '/acc' }] }, ...producer })], {
        onExit: [container('report', { container: { image: 'alpine', args: [{ ref: 'step', step: 'train', output }] }, ...extra })],
      } as never);
    const cases: Array<[Workflow, string]> = [
      [exitReading({}, 'result'), 'its standard output'],
      [exitReading({ map: { items: ['a'] } }), 'a mapped step'],
      [exitReading({ cache: { enabled: true } }), 'a cached step'],
      [exitReading({}, 'acc', { map: { from: { ref: 'step', step: 'train', output: 'acc' } } }), 'the list it maps over'],
    ];
    for (const [value, message] of cases) {
      expect(validate(value)).toEqual([]);
      const error = thrown(() => compileChecked(value));
      expect(error).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', stepIds: ['report'] });
      expect(error.message).toContain(message);
      expect(error.message).toContain('("exit-handler.main-outputs")');
    }
    // All at once, with the other steps' problems.
    const both = irWorkflow('w', [container('train', { map: { items: ['a'] }, outputs: { parameters: [{ name: 'acc', path: '/acc' }] } })], {
      onExit: [container('report', { container: { image: 'alpine', args: [{ ref: 'step', step: 'train', output: 'result' }, { ref: 'step', step: 'train', output: 'acc' }] } })],
    } as never);
    expect(thrown(() => compileChecked(both)).errors?.map((error) => error.path)).toEqual([
      ['onExit', 'report', 'container', 'args', 0],
      ['onExit', 'report', 'container', 'args', 1],
    ]);
  });
});

describe('the argo backend', () => {
  it('declares the three constructs and writes one golden document using them all', async () => {
    const value = workflow('conditions', () => {
      const branches = parameter('branches', { type: 'list', default: '["main"]' });
      const train = runContainer({ image: 'alpine:3.20', stepName: 'train', command: ['sh'], output: createParameterArtifact('/tmp/acc', { name: 'accuracy' }) });
      when(inList('main', branches), () => echo('release'));
      setExitHandler('Any', () => {
        when(stepStatus(train, 'Failed'), () => echo('alert'));
        echo('report', train.output('accuracy'));
      });
    });
    const { files } = await argo.doCompile(value, { settings: { validate: true } });
    await expect(files[0]!.contents).toMatchFileSnapshot('./__snapshots__/conditions-membership-status.argo.yaml');
  });
});
