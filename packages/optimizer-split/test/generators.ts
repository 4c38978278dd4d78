import { IR_API_VERSION, type Step, type Workflow } from '@couler/ir';
import fc from 'fast-check';

/** A container step named `name` waiting for `dependencies`. */
export function containerStep(name: string, dependencies: ReadonlyArray<string> = [], extra: Partial<Step> = {}): Step {
  return {
    name,
    kind: 'container',
    container: { image: 'alpine:3.20', command: ['echo'], args: [name] },
    ...(dependencies.length > 0 && { dependencies: [...dependencies] }),
    ...extra,
  } as Step;
}

export function workflowOf(name: string, steps: Step[], spec: Partial<Workflow['spec']> = {}): Workflow {
  return { apiVersion: IR_API_VERSION, kind: 'Workflow', metadata: { name }, spec: { ...spec, steps } };
}

/** Text that stresses the emitter: braces, quotes, line breaks, controls, non-ASCII. */
export const hostileText = fc.string({
  unit: fc.constantFrom('a', 'Z', ' ', '{', '{{', '}}', '"', "'", '\\', '\n', '\t', '\u0007', '\u0085', '\u2028', 'é', '中', '😀', '$(', ':', '#', '- '),
  maxLength: 40,
});

/**
 * A random valid DAG workflow: container and script steps, each waiting for some earlier steps,
 * reading their outputs (stdout, declared parameters), with hostile literal text in arguments,
 * environment, script sources and descriptions, some mapped, some cached or retried.
 */
export const randomWorkflow = fc
  .array(
    fc.record({
      script: fc.boolean(),
      text: hostileText,
      source: hostileText,
      predecessors: fc.array(fc.nat(), { maxLength: 3 }),
      reads: fc.array(fc.nat(), { maxLength: 2 }),
      output: fc.boolean(),
      // Argo refuses `{{` in map items (they pass through its strict pass): plain text there.
      mapItems: fc.option(fc.array(fc.oneof(fc.integer(), fc.string({ unit: fc.constantFrom('a', ' ', '"', 'é', '\n'), maxLength: 20 })), { minLength: 1, maxLength: 3 }), { freq: 4 }),
      cache: fc.boolean(),
      retry: fc.boolean(),
    }),
    { minLength: 1, maxLength: 40 },
  )
  .map((specs): Workflow => {
    const steps: Step[] = specs.map((spec, index) => {
      const name = `s${index}`;
      const earlier = (picks: number[]) => (index === 0 ? [] : [...new Set(picks.map((pick) => `s${pick % index}`))]);
      const reads = earlier(spec.reads).map((producer) => {
        const declares = specs[Number(producer.slice(1))]!.output;
        return { ref: 'step' as const, step: producer, output: declares ? 'value' : 'result' };
      });
      const body = { image: 'alpine:3.20', args: [spec.text, ...reads, ...(spec.mapItems ? [{ ref: 'item' as const }] : [])] };
      return {
        name,
        ...(spec.script
          ? { kind: 'script' as const, script: { ...body, command: ['sh'], source: spec.source } }
          : { kind: 'container' as const, container: { ...body, command: ['echo'] } }),
        ...(earlier(spec.predecessors).length > 0 && { dependencies: earlier(spec.predecessors) }),
        description: spec.text,
        env: [{ name: 'TEXT', value: spec.text }],
        ...(spec.output && { outputs: { parameters: [{ name: 'value', path: '/tmp/value' }] } }),
        ...(spec.mapItems && { map: { items: spec.mapItems } }),
        ...(spec.cache && { cache: { ttlSeconds: 3600 } }),
        ...(spec.retry && { retry: { limit: 2, backoff: { durationSeconds: 5, factor: 2 } } }),
      } as Step;
    });
    return workflowOf('random', steps, { parameters: [{ name: 'who', default: 'world' }] });
  });

/** Generated shapes for tests and the benchmark's cousins: chain, fan-out, layered, random DAG. */
export function chainWorkflow(size: number): Workflow {
  return workflowOf('chain', Array.from({ length: size }, (_, index) => containerStep(`s${index}`, index === 0 ? [] : [`s${index - 1}`])));
}

export function wideWorkflow(size: number): Workflow {
  const middle = Array.from({ length: size - 2 }, (_, index) => containerStep(`s${index}`, ['root']));
  return workflowOf('wide', [containerStep('root'), ...middle, containerStep('join', middle.map((step) => step.name))]);
}

export function layeredWorkflow(layers: number, width: number): Workflow {
  const steps: Step[] = [];
  for (let layer = 0; layer < layers; layer++) {
    for (let column = 0; column < width; column++) {
      const above = layer === 0 ? [] : [...new Set([`l${layer - 1}-${column}`, `l${layer - 1}-${(column + 1) % width}`])];
      steps.push(containerStep(`l${layer}-${column}`, above));
    }
  }
  return workflowOf('layered', steps);
}
