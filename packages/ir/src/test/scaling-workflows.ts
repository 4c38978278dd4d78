import { IR_API_VERSION, type Workflow } from '../schema/workflow';

/**
 * Generated workflows of any size, for tests and benches that compare the cost of a workflow
 * with that of one ten times larger. Each shape stresses a different path: `layered` many
 * edges between neighbours, `chain` a long path where each step reads the one before, `fanOut`
 * one step read by all the others and one step waiting for all of them.
 */
export type ScalingShape = 'layered' | 'chain' | 'fanOut';

function step(name: string, args: unknown[], dependencies: string[] = []): Record<string, unknown> {
  return { name, kind: 'container', container: { image: 'alpine:3.20', command: ['echo'], args }, ...(dependencies.length > 0 && { dependencies }) };
}

function layered(size: number, width: number): Record<string, unknown>[] {
  return Array.from({ length: size }, (_, index) => {
    const layer = Math.floor(index / width);
    if (layer === 0) return step(`s${index}`, [`s${index}`]);
    const above = (offset: number) => `s${(layer - 1) * width + (((index % width) + offset) % width)}`;
    return step(`s${index}`, [`s${index}`], [...new Set([above(0), above(1)])]);
  });
}

function chain(size: number): Record<string, unknown>[] {
  return Array.from({ length: size }, (_, index) => step(`s${index}`, index === 0 ? ['start'] : [{ ref: 'step', step: `s${index - 1}`, output: 'result' }]));
}

function fanOut(size: number): Record<string, unknown>[] {
  const children = Array.from({ length: size - 2 }, (_, index) => step(`s${index}`, [{ ref: 'step', step: 'root', output: 'result' }]));
  return [step('root', ['start']), ...children, step('join', ['done'], children.map((child) => child.name as string))];
}

/** A valid workflow of `size` steps in `shape` (layered: layers of `width` steps, each waiting for two above). */
export function scalingWorkflow(shape: ScalingShape, size: number, options: { width?: number } = {}): Workflow {
  const steps = shape === 'layered' ? layered(size, options.width ?? 10) : shape === 'chain' ? chain(size) : fanOut(size);
  return { apiVersion: IR_API_VERSION, kind: 'Workflow', metadata: { name: `${shape.toLowerCase()}-${size}` }, spec: { steps } } as unknown as Workflow;
}
