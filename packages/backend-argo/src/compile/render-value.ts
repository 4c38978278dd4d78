import { isConcat, isRef, type Ref, type Value } from '@couler/ir';
import { escapeTemplateText } from './escape-template-text';

/** Turns a reference into the Argo tag that stands for it where the value is used. */
export type RefRenderer = (ref: Ref) => string;

/**
 * A value as Argo text: literal parts escaped so they stay literal, references as the tags
 * `renderRef` gives (`{{inputs.parameters.x}}`, `{{tasks.a.outputs.result}}`, …).
 */
export function renderValue(value: Value, renderRef: RefRenderer): string {
  if (typeof value === 'string') return escapeTemplateText(value);
  if (isConcat(value)) {
    const parts = value.concat;
    return parts
      .map((part, index) => (typeof part === 'string' ? escapeTemplateText(part, isRef(parts[index + 1])) : renderRef(part)))
      .join('');
  }
  return renderRef(value);
}

/** Stable identity of a reference, for de-duplicating the parameters that carry it. */
export function refKey(ref: Ref): string {
  switch (ref.ref) {
    case 'step':
      return `step:${ref.step}:${ref.output}`;
    case 'parameter':
      return `parameter:${ref.name}`;
    case 'input':
      return `input:${ref.name}`;
    case 'item':
      return ref.key === undefined ? 'item' : `item:${ref.key}`;
    case 'workflow':
      return `workflow:${ref.field}`;
  }
}

/** The global tag of a workflow parameter or fact, usable in any template. */
export function globalTag(ref: Ref): string | undefined {
  if (ref.ref === 'parameter') return `{{workflow.parameters.${ref.name}}}`;
  if (ref.ref === 'workflow') return `{{workflow.${ref.field}}}`;
  return undefined;
}
