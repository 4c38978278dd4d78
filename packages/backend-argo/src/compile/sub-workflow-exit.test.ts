import { runContainer, subWorkflow, workflow } from '@couler/dsl';
import { describe, expect, it } from 'vitest';
import { compileChecked } from '../../test/support/compile-checked';

describe("a sub-workflow's own exit steps on Argo", () => {
  it("runs them from the calling task's onExit, with the call's arguments (schema-valid)", () => {
    const hostile = `it's "ü" $(boom) \${HOME}\\\n{%`; // "{{" in a call's value is refused by Argo's own rule
    const fitModel = subWorkflow('fit', { model: {} }, ({ model }) => void runContainer({ image: 'alpine:3.20', command: ['echo'], args: ['train', model], stepName: 'train' }), {
      onExit: ({ model }) => runContainer({ image: 'alpine:3.20', command: ['echo'], args: ['clean', model] }),
    });
    const { template, yaml } = compileChecked(workflow('exits', () => void fitModel({ model: hostile }, { stepName: 'fit-a' })));
    const task = template('exits').dag!.tasks.find((candidate) => candidate.name === 'fit-a')!;
    expect(task).toMatchObject({ template: 'fit', onExit: expect.any(String) });
    expect(template(task.onExit!).container!.args).toEqual(['clean', hostile]);
    expect(yaml).toContain('- train');
  });
});
