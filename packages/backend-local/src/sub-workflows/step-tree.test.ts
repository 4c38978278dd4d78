import { describe, expect, it } from 'vitest';
import { stepTree, type StepTreeNode } from './step-tree';

const show = (nodes: StepTreeNode[], depth = 0): string[] => nodes.flatMap((node) => [`${'  '.repeat(depth)}${node.id}${node.kind === 'iteration' ? ' (iteration)' : ''}`, ...show(node.children, depth + 1)]);

describe('stepTree', () => {
  it('opens a call into its iterations and their steps, nested calls included, whatever order the rows came in', () => {
    const ids = ['prepare', 'models[0].train', 'models[1].train', 'models[0].evaluate', 'models[1].inner.say', 'models[1].inner', 'models', 'train[2]', 'keep-best'];
    expect(show(stepTree(ids))).toEqual([
      'prepare',
      'models',
      '  models[0] (iteration)',
      '    models[0].train',
      '    models[0].evaluate',
      '  models[1] (iteration)',
      '    models[1].train',
      '    models[1].inner',
      '      models[1].inner.say',
      'train[2]',
      'keep-best',
    ]);
  });

  it("lists a call's iterations in item order, whichever started first", () => {
    expect(show(stepTree(['models[10].train', 'models[2].train', 'models[0].train', 'models[2].evaluate', 'models']))).toEqual([
      'models',
      '  models[0] (iteration)',
      '    models[0].train',
      '  models[2] (iteration)',
      '    models[2].train',
      '    models[2].evaluate',
      '  models[10] (iteration)',
      '    models[10].train',
    ]);
  });
});
