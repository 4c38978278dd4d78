import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catchCouler, lineOf, stepOf } from './__tests__/helpers';
import { concat, createLocalArtifact, createParameterArtifact, equal, firstOf, map, parameter, runContainer, runContainerSet, runJob, steps, when, workflow, workflowOutput } from './index';

const here = fileURLToPath(import.meta.url);
const image = 'alpine:3.20';
const twoPlaces = () =>
  runContainer({
    image,
    stepName: 'producer',
    output: [createParameterArtifact('/tmp/one', { name: 'place_one' }), createParameterArtifact('/tmp/two', { name: 'place_two' }), createLocalArtifact('/tmp/model')],
  });

describe('a step given whole', () => {
  it('in args stands for all its outputs in declared order: parameters passed, artifacts mounted', () => {
    const built = workflow('w', () => void runContainer({ image, stepName: 'consumer', args: ['--from', twoPlaces()] }));
    const consumer = stepOf(built, 'consumer');
    expect(consumer.kind === 'container' && consumer.container.args).toEqual([
      '--from',
      { ref: 'step', step: 'producer', output: 'place_one' },
      { ref: 'step', step: 'producer', output: 'place_two' },
    ]);
    expect(consumer.inputs?.artifacts).toEqual([{ name: 'model', path: '/tmp/model', from: { ref: 'step', step: 'producer', output: 'model' } }]);
  });

  it('where one value is taken, is refused naming the outputs and step.output(…)', () => {
    const places: Array<[string, (producer: ReturnType<typeof twoPlaces>) => unknown]> = [
      ['equal() left side', (producer) => when(equal(producer, 'x'), () => runContainer({ image }))],
      ['runContainer({ env.PLACE })', (producer) => runContainer({ image, env: { PLACE: producer } })],
      ['concat', (producer) => concat('--place=', producer)],
      ["workflowOutput('place')", (producer) => workflowOutput('place', producer)],
      ['firstOf() argument 1', (producer) => firstOf(producer)],
    ];
    for (const [where, use] of places) {
      const error = catchCouler(() => workflow('w', () => void use(twoPlaces())));
      expect(error.code).toBe('TYPE_MISMATCH');
      expect(error.message).toBe(`${where} takes one value, but step "producer" has 3 outputs: "place_one", "place_two", "model".`);
      expect(error.hint).toContain("producer.output('place_one')");
    }
  });

  it('runJob stands for its job name, as documented, in lists and alone', () => {
    const built = workflow('w', () => {
      const created = runJob({ manifest: 'kind: Job', stepName: 'job' });
      runContainer({ image, stepName: 'report', args: [created], env: { JOB: created } });
    });
    const report = stepOf(built, 'report');
    expect(report.kind === 'container' && report.container.args).toEqual([{ ref: 'step', step: 'job', output: 'job-name' }]);
    expect(report.env?.[0]?.value).toEqual({ ref: 'step', step: 'job', output: 'job-name' });
  });
});

describe('handles are not lists', () => {
  it('indexing a step or an output throws at that line, saying how to reach an output', () => {
    const step = catchCouler(() =>
      workflow('w', () => {
        const rets = twoPlaces() as unknown as Array<Array<string>>;
        runContainer({ image, args: [rets[0]![0]!] }); // @indexed
      }),
    );
    expect(step.message).toBe('Step "producer" was read at index [0], but handles are not lists.');
    expect(step.hint).toBe("Pass the step itself (args: [step]) or name the output: producer.output('place_one'), producer.output('place_two'), producer.output('model'), producer.result.");
    expect(step.locations?.[0]).toMatchObject({ file: here, line: lineOf(here, '@indexed') });
    const output = catchCouler(() => workflow('w', () => void (twoPlaces().output('place_two') as unknown as string[])[1]));
    expect(output.message).toBe('Output "place_two" of step "producer" was read at index [1], but handles are not lists.');
  });

  it('leaves handles plain objects: no index among their keys, JSON unchanged', () => {
    workflow('w', () => {
      const step = twoPlaces();
      expect(Object.keys(step)).not.toContain('0');
      expect(JSON.stringify(step.output('place_one'))).not.toContain('"0"');
    });
  });
});

describe('a handle in command', () => {
  it('is refused where it is written, not run as "[object Object]": command is literal text, values go in args', () => {
    const error = catchCouler(() =>
      workflow('w', () => {
        const learningRate = parameter('lr', { default: '0.1' });
        runContainer({ image, command: ['python', 'train.py', learningRate] as never, stepName: 'train' });
      }),
    );
    expect(error.code).toBe('INVALID_DSL_USAGE');
    expect(error.message).toBe('runContainer({ command }) takes text; word 2 is parameter "lr", a value known only when the step runs.');
    expect(error.hint).toContain('pass parameters, items and step outputs in args');
    expect(error.locations?.[0]?.file).toBe(here);
  });

  it('is refused in a container set and a training job too, naming the option and the value', () => {
    const inSet = catchCouler(() =>
      workflow('w', () => {
        map((item) => runContainerSet({ containers: [{ name: 'main', image, command: ['echo', item] as never }], stepName: 'set' }), ['a', 'b']);
      }),
    );
    expect(inSet.message).toBe('runContainerSet({ containers[0].command }) takes text; word 1 is the map item, a value known only when the step runs.');
    const inJob = catchCouler(() =>
      workflow('w', () => {
        const prep = runContainer({ image, command: ['prep'], output: createParameterArtifact('/tmp/rows', { name: 'rows' }), stepName: 'prep' });
        steps.pytorch.train({ image, command: ['python', prep.output('rows')] as never, numWorkers: 1, stepName: 'pt' });
      }),
    );
    expect(inJob.message).toBe('steps.pytorch.train({ command }) takes text; word 1 is output "rows" of step "prep", a value known only when the step runs.');
  });

  it('numbers and booleans in command are written as text, as before', () => {
    const built = workflow('w', () => void runContainer({ image, command: ['sleep', 5, true] as never, stepName: 'nap' }));
    const nap = stepOf(built, 'nap');
    expect(nap.kind === 'container' && nap.container.command).toEqual(['sleep', '5', 'true']);
  });
});
