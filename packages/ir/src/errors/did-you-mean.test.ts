import { describe, expect, test } from 'vitest';
import { didYouMean } from './did-you-mean';

describe('didYouMean', () => {
  const steps = ['preprocess', 'train', 'evaluate', 'deploy'];

  test.each([
    ['trian', 'train'],
    ['tran', 'train'],
    ['trainn', 'train'],
    ['evalute', 'evaluate'],
    ['Deploy', 'deploy'],
    ['preprocces', 'preprocess'],
  ])('suggests the closest name for %j', (input, expected) => {
    expect(didYouMean(input, steps)).toBe(` Did you mean "${expected}"?`);
  });

  test('says nothing when no name is close', () => {
    expect(didYouMean('serve', steps)).toBe('');
    expect(didYouMean('x', steps)).toBe('');
    expect(didYouMean('train', [])).toBe('');
  });

  test('the bar rises with the length of the name', () => {
    // One edit in a two-letter name is allowed; two edits need a name of six letters or more.
    expect(didYouMean('lr', ['lrr'])).toBe(' Did you mean "lrr"?');
    expect(didYouMean('abc', ['xyc'])).toBe('');
    expect(didYouMean('abcdef', ['abcdxy'])).toBe(' Did you mean "abcdxy"?');
  });

  test('breaks ties by name, whatever the order given', () => {
    expect(didYouMean('cat', ['hat', 'bat'])).toBe(' Did you mean "bat"?');
    expect(didYouMean('cat', ['bat', 'hat'])).toBe(' Did you mean "bat"?');
  });

  test('takes any iterable, a Set included', () => {
    expect(didYouMean('dat', new Set(['data', 'model']))).toBe(' Did you mean "data"?');
  });
});
