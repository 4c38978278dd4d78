import { describe, expect, it } from 'vitest';
import { createDocumentLocator } from './create-document-locator';

const yaml = [
  'apiVersion: couler.dev/v1alpha1', // 1
  'kind: Workflow', // 2
  'metadata:', // 3
  '  name: demo', // 4
  'spec:', // 5
  '  steps:', // 6
  '    - name: prepare', // 7
  '      kind: container', // 8
  '      container: { image: alpine }', // 9
  '    - name: train', // 10
  '      kind: container', // 11
  '      dependencies: [prepare, missing]', // 12
  '      env:', // 13
  '        - name: LR', // 14
  '          value: "0.1"', // 15
  '      container:', // 16
  '        image: python', // 17
  '    - name: train', // 18
  '      kind: container', // 19
  '      container: { command: [echo] }', // 20
].join('\n');

describe('createDocumentLocator', () => {
  const locate = createDocumentLocator(yaml, 'wf.yaml');
  const at = (path: Array<string | number>) => {
    const location = locate(path);
    return location && [location.line, location.column];
  };

  it('finds list elements by name, fields by key, and `spec` is implied', () => {
    expect(at(['steps', 'prepare'])).toEqual([7, 7]);
    expect(at(['steps', 'train', 'env', 'LR', 'value'])).toEqual([15, 11]);
    expect(at(['steps', 'train', 'container', 'image'])).toEqual([17, 9]);
    expect(at(['steps', 'train', 'dependencies', 'missing'])).toEqual([12, 31]);
    expect(at(['steps', 'train', 'dependencies', 1])).toEqual([12, 31]);
  });

  it('reads top-level paths from the root', () => {
    expect(at(['metadata', 'name'])).toEqual([4, 3]);
    expect(at(['kind'])).toEqual([2, 1]);
  });

  it('points a missing field at its deepest existing parent', () => {
    expect(at(['steps', 'prepare', 'container', 'command'])).toEqual([9, 7]);
    expect(at(['steps', 'nothing-here', 'image'])).toEqual([6, 3]);
  });

  it('of two elements with one name, picks the one the rest of the path exists in, else the later', () => {
    expect(at(['steps', 'train', 'env'])).toEqual([13, 7]);
    expect(at(['steps', 'train'])).toEqual([18, 7]);
  });

  it('works on JSON text and finds nothing in text that does not parse', () => {
    const json = '{\n  "apiVersion": "couler.dev/v1alpha1",\n  "spec": {\n    "steps": [\n      { "name": "a" }\n    ]\n  }\n}';
    expect(createDocumentLocator(json, 'wf.json')(['steps', 'a', 'name'])).toEqual({ file: 'wf.json', line: 5, column: 9 });
    expect(createDocumentLocator('spec: [', 'broken.yaml')(['steps'])).toBeUndefined();
  });
});
