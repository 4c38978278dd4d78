import { validate } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { catchCouler, leaves, stepOf } from './__tests__/helpers';
import { createParameterArtifact, inList, map, notInList, parameter, runContainer, setExitHandler, stepStatus, when, workflow } from './index';

const echo = (stepName: string, ...args: unknown[]) => runContainer({ image: 'alpine', stepName, command: ['echo'], args: args as never });

describe('inList / notInList', () => {
  it('looks for a value in a literal list, a list parameter or a mapped step’s outputs', () => {
    const built = workflow('branches', () => {
      const branches = parameter('branches', { type: 'list', default: '["main","hotfix"]' });
      const branch = parameter('branch', { default: 'main' });
      const fan = map((item) => echo('fan', item), ['a', 'b']);
      when(inList('main', branches), () => echo('release'));
      when(notInList(branch, ['main', 2, true]), () => echo('feature'));
      when(inList('a', fan), () => echo('saw-a'));
    });
    expect(validate(built)).toEqual([]);
    expect(stepOf(built, 'release').when).toEqual({ op: 'in', value: 'main', list: { ref: 'parameter', name: 'branches' } });
    expect(stepOf(built, 'feature').when).toEqual({ op: 'notIn', value: { ref: 'parameter', name: 'branch' }, list: ['main', 2, true] });
    expect(stepOf(built, 'saw-a').when).toEqual({ op: 'in', value: 'a', list: { ref: 'step', step: 'fan', output: 'result' } });
  });

  it('refuses what is not a list, and a missing list, saying what a list may be', () => {
    const notAList = catchCouler(() => workflow('w', () => when(inList('main', { branches: ['main'] } as never), () => echo('x'))));
    expect(notAList).toMatchObject({ code: 'TYPE_MISMATCH', message: expect.stringContaining('inList() list must be a literal list, a list parameter or a step output') });
    const badItem = catchCouler(() => workflow('w', () => when(notInList('main', ['a', null] as never), () => echo('x'))));
    expect(badItem).toMatchObject({ code: 'TYPE_MISMATCH', message: expect.stringContaining('holds null') });
    const oneArgument = catchCouler(() => workflow('w', () => when((inList as (value: unknown) => never)('main'), () => echo('x'))));
    expect(oneArgument).toMatchObject({ code: 'INVALID_DSL_USAGE', message: expect.stringContaining('takes a value and a list; got 1 argument.') });
  });

  it('a string parameter is not a list: the workflow is refused at the condition', () => {
    const error = catchCouler(() =>
      workflow('w', () => {
        const branch = parameter('branch', { type: 'string', default: 'main' });
        when(inList('main', branch), () => echo('x'));
      }),
    );
    expect(leaves(error).map((leaf) => [leaf.code, leaf.path?.join('.')])).toContainEqual(['TYPE_MISMATCH', 'steps.x.when.list']);
  });
});

describe('stepStatus and exit handlers reading main steps', () => {
  it('an exit-handler step reads a main step’s status and output, with no dependency on it', () => {
    const built = workflow('notify', () => {
      const train = runContainer({ image: 'alpine', stepName: 'train', output: createParameterArtifact('/tmp/acc', { name: 'accuracy' }) });
      setExitHandler('Any', () => {
        when(stepStatus(train, 'Failed', 'Skipped'), () => echo('alert'));
        echo('report', train.output('accuracy'));
      });
      setExitHandler('Succeeded', () => when(stepStatus(train, 'Succeeded'), () => echo('celebrate')));
    });
    expect(validate(built)).toEqual([]);
    expect(stepOf(built, 'alert')).toMatchObject({ when: { op: 'stepStatus', step: 'train', statuses: ['Failed', 'Skipped'] } });
    expect(stepOf(built, 'alert').dependencies).toBeUndefined();
    expect(stepOf(built, 'report').dependencies).toEqual(['alert']);
    expect(stepOf(built, 'celebrate').when).toEqual({
      op: 'and',
      conditions: [
        { op: 'equal', left: { ref: 'workflow', field: 'status' }, right: 'Succeeded' },
        { op: 'stepStatus', step: 'train', statuses: ['Succeeded'] },
      ],
    });
  });

  it('stepStatus in the main steps, an unknown status or no status is refused', () => {
    const inMain = catchCouler(() =>
      workflow('w', () => {
        const train = echo('train');
        when(stepStatus(train, 'Failed'), () => echo('alert'));
      }),
    );
    expect(leaves(inMain).map((leaf) => [leaf.code, leaf.hint ?? ''])).toContainEqual(['INVALID_REFERENCE', expect.stringContaining('setExitHandler')]);
    const unknown = catchCouler(() => workflow('w', () => setExitHandler('Any', () => when(stepStatus(echo('train'), 'Failure' as never), () => echo('x')))));
    expect(unknown).toMatchObject({ code: 'INVALID_DSL_USAGE', message: expect.stringContaining('Succeeded, Failed, Skipped; got string "Failure"') });
    const none = catchCouler(() => workflow('w', () => { const train = echo('train'); setExitHandler('Any', () => when(stepStatus(train), () => echo('x'))); }));
    expect(none).toMatchObject({ code: 'INVALID_DSL_USAGE', message: expect.stringContaining('needs at least one status') });
  });
});
