import { describe, expect, it } from 'vitest';
import { compileChecked } from './support/compile-checked';
import { compilerRefusal } from './support/compiler-refusal';
import { container, irWorkflow } from './support/ir';
import { pythonJson } from './support/python';

const DOCSTRING = String.raw`
import ast, json, sys
print(json.dumps(ast.get_docstring(ast.parse(json.load(sys.stdin)["source"]))))
`;

describe('synchronization on Airflow', () => {
  it.each([2, 3] as const)('runs each locked step in its pool and says in the DAG docstring how to create the pools (Airflow %i)', (airflowVersion) => {
    const workflow = irWorkflow('locked', [
      container('train', { synchronization: { semaphores: [{ name: 'gpus', limit: 2 }] } }),
      container('publish', { dependencies: ['train'], synchronization: { mutexes: [{ name: 'model-registry' }] } }),
      container('tune', { map: { items: [1, 2, 3] }, synchronization: { semaphores: [{ name: 'gpus', limit: 2 }] } }),
      container('report', { dependencies: ['publish'] }),
    ]);
    const dag = compileChecked(workflow, { airflowVersion });
    expect(dag.keyword('train', 'pool')).toBe('couler-semaphore-gpus');
    expect(dag.keyword('publish', 'pool')).toBe('couler-mutex-model-registry');
    expect(dag.flat).toMatch(/tune = KubernetesPodOperator\.partial\([^)]*pool="couler-semaphore-gpus"/);
    expect(dag.keyword('report', 'pool')).toBeUndefined();
    const docstring = pythonJson<string>(DOCSTRING, { source: dag.source });
    expect(docstring).toContain("airflow pools set couler-semaphore-gpus 2 'Couler semaphore gpus, limit 2'");
    expect(docstring).toContain("airflow pools set couler-mutex-model-registry 1 'Couler mutex model-registry'");
    // Once per pool, though two steps share the semaphore.
    expect(docstring.match(/pools set couler-semaphore-gpus/g)).toHaveLength(1);
  });

  it('refuses a lock on the whole run, and a step under two locks, with the reason and what to do', () => {
    const run = compilerRefusal(irWorkflow('w', [container('a')], { synchronization: { mutexes: [{ name: 'nightly' }] } }));
    expect(run).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['synchronization'] });
    expect(run.message).toContain('max_active_runs only keeps runs of the same DAG apart');
    expect(run.hint).toContain('Take the mutex or semaphore on the steps');
    const two = compilerRefusal(irWorkflow('w', [container('a', { synchronization: { mutexes: [{ name: 'x' }], semaphores: [{ name: 'y', limit: 3 }] } })]));
    expect(two).toMatchObject({ code: 'UNSUPPORTED_BY_BACKEND', path: ['steps', 'a', 'synchronization'] });
    expect(two.message).toContain('an Airflow task runs in one pool only');
  });

  it('refuses one semaphore given two limits', () => {
    const error = compilerRefusal(
      irWorkflow('w', [container('a', { synchronization: { semaphores: [{ name: 'gpus', limit: 2 }] } }), container('b', { synchronization: { semaphores: [{ name: 'gpus', limit: 4 }] } })]),
    );
    expect(error).toMatchObject({ code: 'INVALID_FIELD', path: ['steps', 'b', 'synchronization', 'semaphores', 0] });
  });
});
