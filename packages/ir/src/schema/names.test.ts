import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { isDns1123Label, toDns1123Label } from './names';

describe('isDns1123Label', () => {
  test.each(['a', 'train', 'train-2', '0', 'a'.repeat(63)])('accepts %j', (name) => expect(isDns1123Label(name)).toBe(true));
  test.each(['', 'A', 'train_2', '-a', 'a-', 'a.b', 'a b', 'é', 'a'.repeat(64)])('refuses %j', (name) => expect(isDns1123Label(name)).toBe(false));
});

describe('toDns1123Label', () => {
  test.each([
    ['Train_Model v2', 'train-model-v2'],
    ['trainModel', 'train-model'],
    ['  --x--  ', 'x'],
    ['Ünïcode', 'n-code'],
    ['___', ''],
    ['a - b', 'a-b'],
    ['a--b', 'a--b'],
  ])('%j becomes %j', (input, expected) => expect(toDns1123Label(input)).toBe(expected));

  test.prop([fc.string({ unit: 'grapheme', maxLength: 100 })])('gives a DNS-1123 label or nothing, and keeps a label as it is', (input) => {
    const label = toDns1123Label(input);
    if (label !== '') expect(isDns1123Label(label)).toBe(true);
    if (isDns1123Label(input)) expect(label).toBe(input);
  });

  test('does not end in "-" after cutting to 63 characters', () => {
    expect(toDns1123Label(`${'a'.repeat(62)}_b`)).toBe('a'.repeat(62));
  });

  test('stays fast on a hostile name', () => {
    expect(toDns1123Label(`a${'-'.repeat(200_000)}_`)).toBe('a');
    expect(toDns1123Label(`a${'-'.repeat(200_000)}b`)).toBe('a');
  });
});
