import { fileURLToPath } from 'node:url';
import { CoulerError, isDns1123Label, serializeWorkflow, validate, type Workflow } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { catchCouler, lineOf, namesOf, stepOf } from './__tests__/helpers';
import { configWorkflow, isBuiltWorkflow, parameter, runContainer, runScript, setDependencies, when, equal, workflow } from './index';

const here = fileURLToPath(import.meta.url);

describe('workflow()', () => {
  it('returns a valid, canonical IR value', () => {
    const built = workflow('hello', () => {
      runContainer({ image: 'alpine:3.20', command: ['echo', 'hello'] });
    });
    expect(built.apiVersion).toBe('couler.dev/v1alpha1');
    expect(built.kind).toBe('Workflow');
    expect(built.metadata.name).toBe('hello');
    expect(built.spec.steps).toHaveLength(1);
    expect(validate(built)).toEqual([]);
  });

  it('returns a frozen workflow that tools may trust as checked; a copy or a hand-written IR is not', async () => {
    const built = workflow('sealed', () => void runContainer({ image: 'alpine:3.20', command: ['true'] }));
    expect(isBuiltWorkflow(built)).toBe(true);
    // Changing it after the check would make it invalid unseen: every level refuses the change.
    expect(() => {
      built.spec.steps[0]!.name = 'Not A Name';
    }).toThrow(TypeError);
    expect(() => (built.spec.steps as unknown[]).push({})).toThrow(TypeError);
    expect(isBuiltWorkflow(structuredClone(built))).toBe(false);
    expect(isBuiltWorkflow({ ...built })).toBe(false);
    expect(isBuiltWorkflow(undefined)).toBe(false);
    expect(isBuiltWorkflow(await workflow('later', async () => void runContainer({ image: 'alpine:3.20' })))).toBe(true);
  });

  it('makes the workflow name DNS-1123 safe', () => {
    expect(workflow('Train_Model v2', () => void runContainer({ image: 'alpine' })).metadata.name).toBe('train-model-v2');
  });

  it('builds the same IR every time (deterministic names and order)', () => {
    const build = () =>
      workflow('same', () => {
        const a = runContainer({ image: 'python:3.12' });
        runContainer({ image: 'python:3.12', args: [a] });
        runContainer({ image: 'ghcr.io/acme/trainer:1.0' });
      });
    expect(serializeWorkflow(build())).toBe(serializeWorkflow(build()));
    expect(namesOf(build())).toEqual(['python', 'python-2', 'trainer']);
  });

  it('names steps after the calling function when it has a name', () => {
    function trainModel() {
      return runContainer({ image: 'trainer' });
    }
    const built = workflow('named', () => {
      trainModel();
      trainModel();
    });
    expect(namesOf(built)).toEqual(['train-model', 'train-model-2']);
  });

  it('runs steps in order, as Couler steps mode does', () => {
    const built = workflow('order', () => {
      runContainer({ image: 'a', stepName: 'first' });
      runContainer({ image: 'b', stepName: 'second' });
      runContainer({ image: 'c', stepName: 'third' });
    });
    expect(stepOf(built, 'first').dependencies).toBeUndefined();
    expect(stepOf(built, 'second').dependencies).toEqual(['first']);
    expect(stepOf(built, 'third').dependencies).toEqual(['second']);
  });

  it('refuses a duplicate stepName at the second call', () => {
    const error = catchCouler(() =>
      workflow('dup', () => {
        runContainer({ image: 'a', stepName: 'train' });
        runContainer({ image: 'b', stepName: 'train' }); // @dup-step
      }),
    );
    expect(error.code).toBe('DUPLICATE_STEP');
    expect(error.message).toContain('"train"');
    expect(error.locations?.[0]).toMatchObject({ file: here, line: lineOf(here, '@dup-step') });
  });

  it('locates an error in a workflow-level setting at the call that made it (cron, parameters)', () => {
    const cron = catchCouler(() =>
      workflow('nightly', () => {
        runContainer({ image: 'a' });
        configWorkflow({ cron: { schedule: '0 2 * * *', suspend: 'false' as never } }); // @cron
      }),
    );
    expect(cron.path).toEqual(['cron', 'suspend']);
    expect(cron.locations?.[0]).toMatchObject({ file: here, line: lineOf(here, '@cron') });
    const fromConfig = catchCouler(() => workflow('nightly', () => void runContainer({ image: 'a' }), { cron: { schedule: '0 2 * * *', suspend: 1 as never } })); // @config
    expect(fromConfig.locations?.[0]).toMatchObject({ file: here, line: lineOf(here, '@config') });
  });

  it('reports a DSL call outside a workflow', () => {
    const error = catchCouler(() => runContainer({ image: 'alpine' }));
    expect(error.code).toBe('INVALID_DSL_USAGE');
    expect(error.message).toContain('runContainer() was called outside a workflow');
  });

  it('keeps two workflows built at the same time apart', async () => {
    const tick = () => new Promise((resolve) => setTimeout(resolve, 1));
    const build = (name: string, image: string) =>
      workflow(name, async () => {
        for (let i = 0; i < 5; i += 1) {
          runContainer({ image, stepName: `${name}-${i}` });
          await tick();
        }
      });
    const [left, right] = await Promise.all([build('left', 'l'), build('right', 'r')]);
    expect(namesOf(left)).toEqual(['left-0', 'left-1', 'left-2', 'left-3', 'left-4']);
    expect(namesOf(right)).toEqual(['right-0', 'right-1', 'right-2', 'right-3', 'right-4']);
    expect(stepOf(right, 'right-3').dependencies).toEqual(['right-2']);
  });

  it('keeps a workflow built inside another one apart', () => {
    let inner: Workflow | undefined;
    const outer = workflow('outer', () => {
      runContainer({ image: 'a', stepName: 'outer-a' });
      inner = workflow('inner', () => void runContainer({ image: 'b', stepName: 'inner-b' }));
      runContainer({ image: 'c', stepName: 'outer-c' });
    });
    expect(namesOf(outer)).toEqual(['outer-a', 'outer-c']);
    expect(stepOf(outer, 'outer-c').dependencies).toEqual(['outer-a']);
    expect(namesOf(inner!)).toEqual(['inner-b']);
  });

  it('leaves no state behind after a failed build', () => {
    expect(() => workflow('broken', () => { throw new Error('user bug'); })).toThrow('user bug');
    const next = workflow('next', () => void runContainer({ image: 'a' }));
    expect(namesOf(next)).toEqual(['a']);
  });

  it('applies configWorkflow settings', () => {
    const built = workflow('configured', () => {
      configWorkflow({
        name: 'Nightly Train',
        timeout: '2h',
        timeToClean: '1d',
        parallelism: 4,
        serviceAccount: 'trainer',
        labels: { team: 'ml' },
        cron: '0 3 * * *',
        podGC: 'OnPodSuccess',
        retry: { limit: 2, on: 'transient' },
      });
      runContainer({ image: 'a' });
    });
    expect(built.metadata).toMatchObject({ name: 'nightly-train', labels: { team: 'ml' } });
    expect(built.spec).toMatchObject({
      timeoutSeconds: 7200,
      ttl: { secondsAfterCompletion: 86400 },
      parallelism: 4,
      serviceAccount: 'trainer',
      cron: { schedule: '0 3 * * *' },
      podGC: { strategy: 'OnPodSuccess' },
      retry: { limit: 2, on: 'transient' },
    });
  });

  it('declares parameters usable in args and conditions', () => {
    const built = workflow('params', () => {
      const lr = parameter('lr', { default: 0.01, type: 'number' });
      const train = runContainer({ image: 'trainer', args: ['--lr', lr], stepName: 'train' });
      when(equal(lr, '0.01'), () => runContainer({ image: 'report', args: [train.result], stepName: 'report' }));
    });
    expect(built.spec.parameters).toEqual([{ name: 'lr', type: 'number', default: 0.01 }]);
    expect(stepOf(built, 'train')).toMatchObject({ container: { args: ['--lr', { ref: 'parameter', name: 'lr' }] } });
    expect(stepOf(built, 'report').when).toEqual({ op: 'equal', left: { ref: 'parameter', name: 'lr' }, right: '0.01' });
  });

  it('reports every problem found at the end at once, each at its line', () => {
    const error = catchCouler(() =>
      workflow('many', () => {
        setDependencies(() => runContainer({ image: 'a', stepName: 'a' }), ['missing-one']); // @unknown-1
        setDependencies(() => runContainer({ image: 'b', stepName: 'b' }), ['missing-two']); // @unknown-2
      }),
    );
    expect(error.code).toBe('INVALID_WORKFLOW');
    expect(error.errors?.map((each) => each.code)).toEqual(['UNKNOWN_STEP', 'UNKNOWN_STEP']);
    expect(error.errors?.map((each) => each.locations?.[0]?.line)).toEqual([lineOf(here, '@unknown-1'), lineOf(here, '@unknown-2')]);
  });

  it('makes every derived name a DNS-1123 label', () => {
    const built = workflow('labels', () => {
      runScript({ image: 'registry.example.com:5000/Team/Image_Name:latest', source: 'print(1)' });
      runContainer({ image: '123/456' });
      runContainer({ image: 'x', stepName: 'A Very Long Name '.repeat(10) });
    });
    for (const step of built.spec.steps) expect(isDns1123Label(step.name), step.name).toBe(true);
  });

  it('says what to fix for a nameless workflow', () => {
    const error = catchCouler(() => workflow('---', () => undefined));
    expect(error).toBeInstanceOf(CoulerError);
    expect(error.code).toBe('INVALID_NAME');
  });
});
