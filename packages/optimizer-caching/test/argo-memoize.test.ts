import { compileToArgo } from '@couler/backend-argo';
import { parseWorkflow, type Workflow } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { planCaching } from '../src/plan/plan-caching';

const step = (name: string, dependencies: string[] = []) => ({
  name,
  kind: 'container',
  container: { image: 'python:3.12', command: ['python', `${name}.py`] },
  ...(dependencies.length > 0 && { dependencies }),
});

/** Caching is on for the whole workflow; the plan keeps it only where it pays. */
const pipeline: Workflow = parseWorkflow({
  apiVersion: 'couler.dev/v1alpha1',
  kind: 'Workflow',
  metadata: { name: 'pipeline' },
  spec: { cache: {}, steps: [step('load'), step('prep', ['load']), step('train', ['prep']), step('report', ['train'])] },
});

const estimates = {
  steps: {
    load: { computeSeconds: 300, outputBytes: 8e9, changeProbability: 0.02 },
    prep: { computeSeconds: 1200, outputBytes: 4e9, changeProbability: 0.05 },
    train: { computeSeconds: 3000, outputBytes: 1e9, changeProbability: 0.3 },
    report: { computeSeconds: 30, outputBytes: 1e6, changeProbability: 1 },
  },
};

interface ArgoTemplate {
  name: string;
  memoize?: { key: string; cache: { configMap: { name: string } } };
}

describe('the caching plan, compiled for Argo', () => {
  it('puts memoize blocks on the chosen steps only', () => {
    const { workflow, report } = planCaching(pipeline, estimates, { capacityBytes: 6e9 });
    const { document } = compileToArgo(workflow);
    const templates = (document.spec as { templates: ArgoTemplate[] }).templates;
    const memoized = templates.filter((template) => template.memoize !== undefined).map((template) => template.name).sort();
    expect(memoized).toEqual([...report.cached].sort());
    expect(memoized.length).toBeGreaterThan(0);
    expect(memoized).not.toContain('report');
    // Without the plan, the workflow-wide hint memoizes every step.
    const everything = (compileToArgo(pipeline).document.spec as { templates: ArgoTemplate[] }).templates.filter((template) => template.memoize !== undefined);
    expect(everything).toHaveLength(4);
  });
});
