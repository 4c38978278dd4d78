import { fileURLToPath } from 'node:url';
import { validate } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { catchCouler, leaves, lineOf, namesOf, stepOf } from './__tests__/helpers';
import {
  and,
  bigger,
  concurrent,
  createParameterArtifact,
  dag,
  equal,
  execWhile,
  map,
  not,
  notEqual,
  runContainer,
  runScript,
  setDependencies,
  setExitHandler,
  smaller,
  when,
  workflow,
} from './index';

const here = fileURLToPath(import.meta.url);
const flip = () => runScript({ image: 'python:3.12', source: 'print("heads")', stepName: 'flip' });

describe('when', () => {
  it('gives the body its condition, and runs when-bodies on the same output side by side', () => {
    const built = workflow('coinflip', () => {
      const coin = flip();
      when(equal(coin, 'heads'), () => runContainer({ image: 'alpine', stepName: 'heads' }));
      when(equal(coin, 'tails'), () => runContainer({ image: 'alpine', stepName: 'tails' }));
      runContainer({ image: 'alpine', stepName: 'after' });
    });
    expect(stepOf(built, 'heads')).toMatchObject({
      dependencies: ['flip'],
      when: { op: 'equal', left: { ref: 'step', step: 'flip', output: 'result' }, right: 'heads' },
    });
    expect(stepOf(built, 'tails').dependencies).toEqual(['flip']);
    expect(stepOf(built, 'after').dependencies).toEqual(['heads', 'tails']);
    expect(stepOf(built, 'after').when).toBeUndefined();
  });

  it('chains whens on different outputs', () => {
    const built = workflow('chain', () => {
      const a = runContainer({ image: 'a', stepName: 'a', output: createParameterArtifact('/tmp/x') });
      const b = runContainer({ image: 'b', stepName: 'b', output: createParameterArtifact('/tmp/y') });
      when(bigger(a, 1), () => runContainer({ image: 'c', stepName: 'c' }));
      when(smaller(b, 2), () => runContainer({ image: 'd', stepName: 'd' }));
    });
    expect(stepOf(built, 'c').when).toEqual({ op: 'bigger', left: { ref: 'step', step: 'a', output: 'x' }, right: 1 });
    expect(stepOf(built, 'd').dependencies).toEqual(['c']);
  });

  it('combines nested conditions with and', () => {
    const built = workflow('nested', () => {
      const coin = flip();
      when(equal(coin, 'heads'), () => when(not(equal(coin, 'edge')), () => runContainer({ image: 'a', stepName: 'inner' })));
    });
    expect(stepOf(built, 'inner').when).toEqual(
      and(
        { op: 'equal', left: { ref: 'step', step: 'flip', output: 'result' }, right: 'heads' },
        { op: 'not', condition: { op: 'equal', left: { ref: 'step', step: 'flip', output: 'result' }, right: 'edge' } },
      ),
    );
  });

  it('refuses a when without a condition, at the user line', () => {
    const error = catchCouler(() =>
      workflow('bad', () => {
        when(undefined as never, () => runContainer({ image: 'a' })); // @no-condition
      }),
    );
    expect(error.code).toBe('INVALID_DSL_USAGE');
    expect(error.message).toContain('when() needs a condition');
    expect(error.locations?.[0]).toMatchObject({ file: here, line: lineOf(here, '@no-condition') });
  });

  it('refuses the one-sided execWhile form in when', () => {
    const error = catchCouler(() => workflow('bad', () => void when(equal('heads') as never, () => runContainer({ image: 'a' }))));
    expect(error.message).toContain('compares only one thing');
  });

  it('refuses an empty body', () => {
    const error = catchCouler(() => workflow('bad', () => void when(equal(flip(), 'x'), () => undefined)));
    expect(error.message).toContain('created no step');
  });
});

describe('map', () => {
  it('fans out over a literal list', () => {
    const built = workflow('fan', () => {
      map((x) => runContainer({ image: 'trainer', args: ['--batch', x], stepName: 'train' }), [100, 200, 300], { parallelism: 2 });
    });
    expect(stepOf(built, 'train')).toMatchObject({
      map: { items: [100, 200, 300], parallelism: 2 },
      container: { args: ['--batch', { ref: 'item' }] },
    });
  });

  it('zips several lists into records', () => {
    const built = workflow('zip', () => {
      map((a, b) => runContainer({ image: 'x', args: [a, b], stepName: 'pair' }), ['a', 'b'], [1, 2]);
    });
    expect(stepOf(built, 'pair')).toMatchObject({
      map: { items: [{ arg0: 'a', arg1: 1 }, { arg0: 'b', arg1: 2 }] },
      container: { args: [{ ref: 'item', key: 'arg0' }, { ref: 'item', key: 'arg1' }] },
    });
  });

  it('fans out over another step output, and fans the results back in', () => {
    const built = workflow('from-output', () => {
      const list = runContainer({ image: 'gen', output: createParameterArtifact('/tmp/items.json'), stepName: 'gen' });
      const each = map((x) => runContainer({ image: 'work', args: [x], stepName: 'work' }), list);
      runContainer({ image: 'join', args: [each.result], stepName: 'join' });
    });
    expect(stepOf(built, 'work').map).toEqual({ from: { ref: 'step', step: 'gen', output: 'items' } });
    expect(stepOf(built, 'join')).toMatchObject({ dependencies: ['work'], container: { args: [{ ref: 'step', step: 'work', output: 'result' }] } });
    expect(validate(built)).toEqual([]);
  });

  it('refuses a map over a non-list, at the user line', () => {
    const error = catchCouler(() =>
      workflow('bad', () => {
        map((x) => runContainer({ image: 'a', args: [x] }), 42 as never); // @map-number
      }),
    );
    expect(error.code).toBe('TYPE_MISMATCH');
    expect(error.locations?.[0]?.line).toBe(lineOf(here, '@map-number'));
  });

  it('refuses lists of different lengths and nested lists', () => {
    expect(catchCouler(() => workflow('bad', () => void map((a) => runContainer({ image: 'a', args: [a] }), [1, 2], [1]))).message).toContain('list 1 has 2 items and list 2 has 1');
    expect(catchCouler(() => workflow('bad', () => void map((a) => runContainer({ image: 'a', args: [a] }), [[1]] as never))).code).toBe('TYPE_MISMATCH');
  });

  it('needs exactly one step in the mapped function', () => {
    const error = catchCouler(() =>
      workflow('bad', () => {
        map(() => {
          runContainer({ image: 'a', stepName: 'one' });
          runContainer({ image: 'b', stepName: 'two' });
        }, [1, 2]);
      }),
    );
    expect(error.message).toContain('exactly one step; it created 2 (one, two)');
  });
});

describe('concurrent', () => {
  it('runs branches side by side and the next step after all of them', () => {
    const built = workflow('par', () => {
      runContainer({ image: 'prep', stepName: 'prep' });
      const [x, y] = concurrent([
        () => runContainer({ image: 'x', stepName: 'x' }),
        () => {
          runContainer({ image: 'y1', stepName: 'y1' });
          return runContainer({ image: 'y2', stepName: 'y2' });
        },
      ]);
      runContainer({ image: 'join', args: [x.result, y.result], stepName: 'join' });
    });
    expect(stepOf(built, 'x').dependencies).toEqual(['prep']);
    expect(stepOf(built, 'y1').dependencies).toEqual(['prep']);
    expect(stepOf(built, 'y2').dependencies).toEqual(['y1']);
    expect(stepOf(built, 'join').dependencies).toEqual(['x', 'y2']);
    expect(built.spec.groups).toEqual([{ name: 'concurrent', kind: 'concurrent', branches: [['x'], ['y1', 'y2']] }]);
  });

  it('refuses an empty list and an empty branch', () => {
    expect(catchCouler(() => workflow('bad', () => void concurrent([]))).message).toContain('non-empty list');
    expect(catchCouler(() => workflow('bad', () => void concurrent([() => undefined]))).message).toContain('branch 1 created no step');
  });
});

describe('execWhile', () => {
  it("takes Couler's one-sided condition and caps the loop at 100 by default", () => {
    const built = workflow('loop', () => {
      execWhile(equal('tails'), () => flip());
    });
    expect(built.spec.groups).toEqual([
      {
        name: 'exec-while-flip',
        kind: 'while',
        steps: ['flip'],
        condition: { op: 'equal', left: { ref: 'step', step: 'flip', output: 'result' }, right: 'tails' },
        maxIterations: 100,
      },
    ]);
  });

  it('takes a full condition or a function of the body result, and a custom cap', () => {
    const built = workflow('loop', () => {
      execWhile((coin) => notEqual(coin, 'heads'), () => flip(), { maxIterations: 7 });
    });
    expect(built.spec.groups?.[0]).toMatchObject({ condition: { op: 'notEqual', right: 'heads' }, maxIterations: 7 });
  });

  it('refuses a cap that is not a positive whole number, at the user line', () => {
    for (const maxIterations of [0, -1, 1.5]) {
      const error = catchCouler(() =>
        workflow('bad', () => {
          execWhile(equal('tails'), () => flip(), { maxIterations }); // @bad-cap
        }),
      );
      expect(error.code).toBe('INVALID_MAX_ITERATIONS');
      expect(error.locations?.[0]?.line).toBe(lineOf(here, '@bad-cap'));
    }
  });

  it('refuses a one-sided condition when the body returns no step', () => {
    const error = catchCouler(() => workflow('bad', () => void execWhile(equal('tails'), () => void flip())));
    expect(error.message).toContain('the body returned undefined');
  });
});

describe('setDependencies and dag', () => {
  it('gives explicit dependencies, handles, names and depends expressions', () => {
    const built = workflow('explicit', () => {
      const a = setDependencies(() => runContainer({ image: 'a', stepName: 'A' }));
      setDependencies(() => runContainer({ image: 'b', stepName: 'B' }), [a]);
      setDependencies(() => runContainer({ image: 'c', stepName: 'C' }), ['A']);
      setDependencies(() => runContainer({ image: 'd', stepName: 'D' }), 'B.Succeeded || C.Failed');
      runContainer({ image: 'e', stepName: 'E' });
    });
    expect(stepOf(built, 'a').dependencies).toBeUndefined();
    expect(stepOf(built, 'b').dependencies).toEqual(['a']);
    expect(stepOf(built, 'c').dependencies).toEqual(['a']);
    expect(stepOf(built, 'd').depends).toBe('b.Succeeded || c.Failed');
    // DAG mode: a later top-level step waits for nothing it does not name.
    expect(stepOf(built, 'e').dependencies).toBeUndefined();
  });

  it('chains several steps made in one setDependencies', () => {
    const built = workflow('chain', () => {
      setDependencies(() => {
        runContainer({ image: 'a', stepName: 'one' });
        runContainer({ image: 'b', stepName: 'two' });
      });
    });
    expect(stepOf(built, 'two').dependencies).toEqual(['one']);
  });

  it('reports a cycle through setDependencies at the call that closes it', () => {
    const error = catchCouler(() =>
      workflow('cycle', () => {
        setDependencies(() => runContainer({ image: 'a', stepName: 'a' }), ['c']);
        setDependencies(() => runContainer({ image: 'b', stepName: 'b' }), ['a']);
        setDependencies(() => runContainer({ image: 'c', stepName: 'c' }), ['b']); // @closes-cycle
      }),
    );
    expect(error.code).toBe('CYCLE');
    expect([...(error.stepIds ?? [])].sort()).toEqual(['a', 'b', 'c']);
    expect(error.locations?.[0]?.line).toBe(lineOf(here, '@closes-cycle'));
  });

  it('reports an unknown dependency with a suggestion', () => {
    const error = catchCouler(() =>
      workflow('typo', () => {
        setDependencies(() => runContainer({ image: 'a', stepName: 'train' }));
        setDependencies(() => runContainer({ image: 'b', stepName: 'eval' }), ['trian']);
      }),
    );
    const [problem] = leaves(error);
    expect(problem).toMatchObject({ code: 'UNKNOWN_STEP' });
    expect(problem!.message).toContain('Did you mean "train"?');
  });

  it('builds the diamond of Code 3 with dag()', () => {
    const job = (name: string) => () => runContainer({ image: 'whalesay', command: ['cowsay'], args: [name], stepName: name });
    const built = workflow('diamond', () => {
      dag([[job('A')], [job('A'), job('B')], [job('A'), job('C')], [job('B'), job('D')], [job('C'), job('D')]]);
    });
    expect(namesOf(built)).toEqual(['a', 'b', 'c', 'd']);
    expect(stepOf(built, 'a').dependencies).toBeUndefined();
    expect(stepOf(built, 'b').dependencies).toEqual(['a']);
    expect(stepOf(built, 'c').dependencies).toEqual(['a']);
    expect(stepOf(built, 'd').dependencies).toEqual(['b', 'c']);
  });

  it('refuses a dag node redefined with other settings, and a cycle in dag()', () => {
    const redefined = catchCouler(() =>
      workflow('bad', () => dag([[() => runContainer({ image: 'one', stepName: 'a' })], [() => runContainer({ image: 'two', stepName: 'a' })]])),
    );
    expect(redefined.code).toBe('DUPLICATE_STEP');
    const node = (name: string) => () => runContainer({ image: 'x', stepName: name });
    const cyclic = catchCouler(() => workflow('bad', () => dag([[node('a'), node('b')], [node('b'), node('a')]])));
    expect(cyclic.code).toBe('CYCLE');
  });

  it('given steps (the node functions called) says dag() takes functions, not DUPLICATE_STEP inside the node', () => {
    const jobA = () => runContainer({ image: 'a', stepName: 'a' });
    const jobB = () => runContainer({ image: 'b', stepName: 'b' });
    const error = catchCouler(() => workflow('bad', () => dag([[jobA()], [jobA(), jobB()]] as never))); // @dag-called
    expect(error.code).toBe('INVALID_DSL_USAGE');
    expect(error.message).toContain('dag() takes the functions that make the steps, but it was given step "a"');
    expect(error.hint).toContain('dag([[jobA], [jobA, jobB]])');
    expect(error.locations?.[0]).toMatchObject({ file: here, line: lineOf(here, '@dag-called') });
  });

  it('a step made twice by a function with a fixed stepName is located at both calls', () => {
    const train = () => runContainer({ image: 'trainer', stepName: 'train' });
    const error = catchCouler(() =>
      workflow('twice', () => {
        train(); // @first-call
        train(); // @second-call
      }),
    );
    expect(error.code).toBe('DUPLICATE_STEP');
    expect(error.locations?.map((location) => location.line)).toEqual([lineOf(here, '@second-call'), lineOf(here, '@first-call')]);
    expect(error.hint).toContain('keep the handle the first call returned');
    // Kept back until the next construct, which it still precedes.
    const beforeWhen = catchCouler(() =>
      workflow('twice', () => {
        train();
        train();
        when(equal('a', 'a'), () => runContainer({ image: 'x' }));
      }),
    );
    expect(beforeWhen.code).toBe('DUPLICATE_STEP');
    const inMap = catchCouler(() =>
      workflow('twice', () => {
        train();
        map(() => train(), ['a', 'b']);
      }),
    );
    expect(inMap.code).toBe('DUPLICATE_STEP');
  });
});

describe('concurrent({ subtasks })', () => {
  it('is refused whatever its value, saying what the branches already do', () => {
    const branches = [() => runContainer({ image: 'a' }), () => runContainer({ image: 'b' })];
    const on = catchCouler(() => workflow('w', () => void concurrent(branches, { subtasks: true } as never)));
    expect(on.message).toContain('concurrent({ subtasks: true }) is not supported: each branch of concurrent() already runs its steps in order');
    expect(on.hint).toContain('{ parallelism: n }');
    const off = catchCouler(() => workflow('w', () => void concurrent(branches, { subtasks: false } as never)));
    expect(off.hint).toContain('make each step its own branch');
  });
});

describe('setExitHandler', () => {
  it('puts the handler steps in onExit with a status condition', () => {
    const built = workflow('exit', () => {
      runContainer({ image: 'work', stepName: 'work' });
      setExitHandler('Failed', () => {
        runContainer({ image: 'alert', stepName: 'alert' });
        runContainer({ image: 'cleanup', stepName: 'cleanup' });
      });
      setExitHandler('Any', () => runContainer({ image: 'audit', stepName: 'audit' }));
    });
    expect(namesOf(built)).toEqual(['work']);
    expect(built.spec.onExit?.map((step) => step.name).sort()).toEqual(['alert', 'audit', 'cleanup']);
    expect(stepOf(built, 'alert').when).toEqual({ op: 'equal', left: { ref: 'workflow', field: 'status' }, right: 'Failed' });
    expect(stepOf(built, 'cleanup').dependencies).toEqual(['alert']);
    expect(stepOf(built, 'audit').when).toBeUndefined();
  });

  it('refuses an unknown status', () => {
    expect(catchCouler(() => workflow('bad', () => void setExitHandler('Done' as never, () => runContainer({ image: 'a' })))).message).toContain("'Succeeded', 'Failed', 'Error' or 'Any'");
  });
});

describe('map over several lists', () => {
  it("combine: 'product' takes every combination, the last list varying fastest; 'zip' pairs by position", () => {
    const built = workflow('grid', () => {
      map((lr, batch) => runContainer({ image: 'trainer', stepName: 'grid', args: [lr, batch] }), [0.1, 0.01], [32, 64, 128], { combine: 'product' });
      map((lr, batch) => runContainer({ image: 'trainer', stepName: 'pairs', args: [lr, batch] }), [0.1, 0.01], [32, 64]);
    });
    expect(stepOf(built, 'grid').map!.items).toEqual([
      { arg0: 0.1, arg1: 32 },
      { arg0: 0.1, arg1: 64 },
      { arg0: 0.1, arg1: 128 },
      { arg0: 0.01, arg1: 32 },
      { arg0: 0.01, arg1: 64 },
      { arg0: 0.01, arg1: 128 },
    ]);
    expect(stepOf(built, 'pairs').map!.items).toEqual([{ arg0: 0.1, arg1: 32 }, { arg0: 0.01, arg1: 64 }]);
  });

  it('an unknown combine is refused', () => {
    const error = catchCouler(() => workflow('w', () => map((a, b) => runContainer({ image: 'x', args: [a, b] }), [1], [2], { combine: 'cross' as never })));
    expect(error).toMatchObject({ code: 'INVALID_DSL_USAGE', message: expect.stringContaining("is 'zip' or 'product'") });
  });
});
