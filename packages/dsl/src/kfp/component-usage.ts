import type { ComponentSpec, Placeholder } from './component-spec';

/** How a component's command line uses its inputs and outputs: by value, as a file, as an output file. */
export interface ComponentUsage {
  readonly values: ReadonlySet<string>;
  readonly inputPaths: ReadonlySet<string>;
  readonly outputPaths: ReadonlySet<string>;
}

/** Every placeholder of the command line, both branches of every `if` included. */
export function usageOf(spec: Pick<ComponentSpec, 'command' | 'args'>): ComponentUsage {
  const values = new Set<string>();
  const inputPaths = new Set<string>();
  const outputPaths = new Set<string>();
  const visit = (placeholder: Placeholder): void => {
    if (typeof placeholder === 'string') return;
    if ('inputValue' in placeholder) values.add(placeholder.inputValue);
    else if ('inputPath' in placeholder) inputPaths.add(placeholder.inputPath);
    else if ('outputPath' in placeholder) outputPaths.add(placeholder.outputPath);
    else if ('concat' in placeholder) placeholder.concat.forEach(visit);
    else {
      const { cond } = placeholder.if;
      if (typeof cond === 'object' && 'inputValue' in cond) values.add(cond.inputValue);
      placeholder.if.ifTrue.forEach(visit);
      placeholder.if.ifFalse.forEach(visit);
    }
  };
  for (const placeholder of [...spec.command, ...spec.args]) visit(placeholder);
  return { values, inputPaths, outputPaths };
}
