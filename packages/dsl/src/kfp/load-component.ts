import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { CoulerError, yamlLibrary } from '@couler/ir';
import { componentError, type ComponentSource } from './component-error';
import type { ComponentSpec } from './component-spec';
import { usageOf } from './component-usage';
import { type KfpComponent, makeComponentFactory } from './component-step';
import { parseV1Component } from './parse-v1-component';
import { parseV2Component } from './parse-v2-component';

/**
 * A KFP component as a step factory: `loadComponent('components/train.yaml')` (a file) or
 * `loadComponent(yamlText)` returns `train({ training_data: prepare.output('table'), max_depth: 6 })`,
 * which adds a container step running the component's image and command line. Inputs used as
 * values become arguments; inputs used as files are mounted artifacts; outputs are artifacts (of
 * the component's declared type) or, for KFP's parameter types, output parameters.
 *
 * Reads KFP v1 `component.yaml` files (`implementation.container`, with `inputValue`, `inputPath`,
 * `outputPath`, `concat` and `if`/`isPresent`) and KFP v2 compiled single-component
 * `PipelineSpec` files (`deploymentSpec.executors`, `{{$.inputs.parameters['x']}}` placeholders).
 */
export function loadComponent(pathOrYamlText: string): KfpComponent {
  if (typeof pathOrYamlText !== 'string' || pathOrYamlText.trim() === '') {
    throw new CoulerError('INVALID_DSL_USAGE', `loadComponent() takes the path of a KFP component file or its YAML text; got ${JSON.stringify(pathOrYamlText)}.`, {
      hint: "loadComponent('components/xgboost-train.component.yaml')",
    });
  }
  const isText = pathOrYamlText.includes('\n');
  const source: ComponentSource = { label: isText ? '(YAML text)' : JSON.stringify(pathOrYamlText) };
  const text = isText ? pathOrYamlText : readComponentFile(pathOrYamlText);
  const fallbackName = isText ? 'component' : basename(pathOrYamlText).replace(/\.(component\.)?ya?ml$/, '');
  return makeComponentFactory(parseComponent(text, source, fallbackName), source);
}

function readComponentFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new CoulerError('LOAD_FAILED', `Cannot read KFP component file ${JSON.stringify(path)}: ${(error as Error).message}`, {
      hint: 'Give the path of a component.yaml file (relative to the working directory), or the YAML text itself.',
      cause: error,
    });
  }
}

/** The component of a YAML text, in either KFP format, checked. */
export function parseComponent(text: string, source: ComponentSource, fallbackName = 'component'): ComponentSpec {
  const document = yamlLibrary().parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  if (document.errors.length) {
    const [first] = document.errors;
    throw componentError(source, 'INVALID_DOCUMENT', [], `the file is not valid YAML: ${first!.message.split('\n')[0]}`, 'Check the indentation and quoting around the line named.');
  }
  const doc: unknown = document.toJS({ maxAliasCount: 100 });
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw componentError(source, 'INVALID_DOCUMENT', [], 'the file is not a YAML mapping (a component has name, inputs, outputs and implementation).');
  }
  const record = doc as Record<string, unknown>;
  let spec: ComponentSpec;
  if ('implementation' in record) spec = parseV1Component(record, source, fallbackName);
  else if ('deploymentSpec' in record || 'pipelineSpec' in record) spec = parseV2Component(record, source, fallbackName);
  else {
    throw componentError(source, 'INVALID_DOCUMENT', [], 'this is neither a KFP v1 component (it has no "implementation") nor a compiled KFP v2 component (it has no "deploymentSpec").', 'Give a component.yaml, or the YAML KFP v2 compiles a single component to.');
  }
  const usage = usageOf(spec);
  for (const input of spec.inputs) {
    if (usage.values.has(input.name) && usage.inputPaths.has(input.name)) {
      const field = 'implementation' in record ? ['implementation', 'container'] : ['deploymentSpec', 'executors'];
      throw componentError(source, 'INVALID_FIELD', field, `input "${input.name}" is used both as a value ({inputValue}) and as a file ({inputPath}); Couler passes an input one way.`, 'Use it one way in the command line.');
    }
  }
  return spec;
}
