import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { iterateScenario } from '../scenarios/iterate-scenario';
import { imageSegmentationScenario } from '../scenarios/paper-scenarios';
import { simulateTrace } from '../simulator/simulate-policy';
import { simulateWorkload } from '../simulator/simulate-workload';
import { createCachePolicy } from '../policies/create-cache-policy';
import { parseTrace } from './parse-trace';
import { writeTrace } from './write-trace';

const header = '{"type":"workflow","name":"w","steps":[{"name":"prep"},{"name":"fit"}]}';
const run = '{"type":"run","id":"r1"}';
const prep = '{"type":"artifact-produced","run":"r1","step":"prep","version":"p1","bytes":100,"computeSeconds":5}';

describe('cache trace (JSON Lines)', () => {
  it('reads a workflow, runs and events; reads add the DAG edges', () => {
    const workload = parseTrace(
      [header, '# comment', '', run, prep, '{"type":"artifact-read","run":"r1","step":"fit","from":"prep","version":"p1","bytes":100}', '{"type":"artifact-produced","run":"r1","step":"fit","version":"f1","bytes":10,"computeSeconds":50,"cached":true}'].join('\n'),
    );
    expect(workload.steps).toEqual([
      { name: 'prep', inputs: [] },
      { name: 'fit', inputs: ['prep'] },
    ]);
    expect(workload.runs[0]!.executions.map((execution) => [execution.step, execution.version])).toEqual([
      ['prep', 'p1'],
      ['fit', 'f1'],
    ]);
  });

  it.each([
    ['{"type":"workflow"', /Line 1 is not JSON/, 'INVALID_DOCUMENT', ['trace', 1]],
    [`${header}\n[1,2]`, /Line 2 is not a JSON object/, 'INVALID_DOCUMENT', ['trace', 2]],
    [run, /Line 1: a "run" event before the "workflow" line/, 'INVALID_FIELD', ['trace', 1, 'type']],
    [`${header}\n${prep}`, /Line 2: event of run "r1" outside that run/, 'INVALID_FIELD', ['trace', 2, 'run']],
    [`${header}\n${run}\n${prep.replace('"bytes":100', '"bytes":-1')}`, /Line 3: "bytes" must be a number, 0 or more/, 'INVALID_FIELD', ['trace', 3, 'bytes']],
    [`${header}\n${run}\n${prep.replace('"step":"prep"', '"step":"eval"')}`, /Line 3: step "eval" is not in the trace's workflow/, 'UNKNOWN_STEP', ['trace', 3, 'step']],
    [`${header}\n${run}\n{"type":"artifact-read","run":"r1","step":"fit","from":"prep","version":"p1"}`, /has not produced before this line/, 'INVALID_FIELD', ['trace', 3, 'version']],
    [`${header}\n{"type":"oops"}`, /unknown event type "oops"/, 'INVALID_FIELD', ['trace', 2, 'type']],
    ['{"type":"workflow","name":"w","steps":[{"name":"a","inputs":["b"]},{"name":"b","inputs":["a"]}]}', /cycle: "a", "b"/, 'CYCLE', ['trace']],
    ['', /The trace is empty/, 'INVALID_DOCUMENT', ['trace']],
  ])('refuses a bad trace with a typed error naming the line: %s', (text, message, code, path) => {
    expect(() => parseTrace(text)).toThrow(message);
    expect(() => parseTrace(text)).toThrow(expect.objectContaining({ code, path }));
  });

  it('round-trips a simulated workload, and replaying it gives the same result', async () => {
    const workload = iterateScenario(imageSegmentationScenario(), { runs: 8 });
    const text = writeTrace(workload);
    expect(parseTrace(text)).toEqual(workload);
    const direct = simulateWorkload(workload, createCachePolicy('couler'), { capacityBytes: 20e9 });
    expect(await simulateTrace(text, 'couler', { capacityBytes: 20e9 })).toEqual(direct);
  });

  const name = fc.string({ minLength: 1, maxLength: 12 });
  test.prop([fc.uniqueArray(name, { minLength: 1, maxLength: 4 }), fc.array(name, { minLength: 1, maxLength: 4 })], { numRuns: 150 })(
    'hostile step names and versions survive a round trip',
    (steps, versions) => {
      const workload = {
        name: 'hostile',
        steps: steps.map((step, index) => ({ name: step, inputs: index > 0 ? [steps[index - 1]!] : [] })),
        runs: versions.map((version, index) => ({ id: `r${index}`, executions: steps.map((step) => ({ step, version, bytes: 1, computeSeconds: 1 })) })),
      };
      expect(parseTrace(writeTrace(workload))).toEqual(workload);
    },
  );
});
