// Writes a layered DSL workflow as a TypeScript file, one line per step, the way a large
// generated pipeline looks: layers of WIDTH steps, each step waiting for two of the layer above.
import { writeFileSync } from 'node:fs';

const WIDTH = 10;

/** The text of a `.ts` workflow file with `size` steps. */
export function layeredWorkflowSource(size) {
  const lines = [
    "import { runContainer, setDependencies, workflow } from '@couler/dsl';",
    '',
    `export default workflow('layered-${size}', () => {`,
  ];
  for (let index = 0; index < size; index++) {
    const layer = Math.floor(index / WIDTH);
    const step = `{ image: 'alpine:3.20', command: ['echo'], args: ['s${index}'] as string[], stepName: 's${index}' }`;
    if (layer === 0) {
      lines.push(`  setDependencies(() => runContainer(${step}), []);`);
      continue;
    }
    const above = (offset) => `'s${(layer - 1) * WIDTH + (((index % WIDTH) + offset) % WIDTH)}'`;
    lines.push(`  setDependencies(() => runContainer(${step}), [${above(0)}, ${above(1)}]);`);
  }
  lines.push('});', '');
  return lines.join('\n');
}

/** Writes the file and returns its path. */
export function writeLayeredWorkflow(path, size) {
  writeFileSync(path, layeredWorkflowSource(size));
  return path;
}
