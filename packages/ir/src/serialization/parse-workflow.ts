import { yamlLibrary } from './yaml-library';
import { CoulerError } from '../errors/couler-error';
import { IR_API_VERSION, IR_KIND, type Workflow } from '../schema/workflow';
import { prototypeKeyErrors } from '../validation/prototype-keys';
import { isCheckedWorkflow, recordChecked } from '../validation/checked-workflows';
import { checkWorkflowShape } from '../validation/structural-errors';
import { throwIfErrors, validate } from '../validation/validate';

export interface CheckWorkflowResult {
  /** The parsed workflow, when it is structurally valid (it may still have semantic errors). */
  workflow?: Workflow;
  /** Every problem found; empty when the workflow is valid. */
  errors: CoulerError[];
}

/** Reads JSON or YAML text (YAML 1.2 core schema, duplicate keys rejected, aliases bounded). */
export function readDocument(text: string): unknown {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return JSON.parse(text);
    } catch (error) {
      // Flow-style YAML (`{apiVersion: couler.dev/v1alpha1, …}`) starts alike; JSON's message
      // is the telling one when neither reads it.
      const yaml = readYaml(text);
      if (yaml.ok) return yaml.value;
      throw new CoulerError('INVALID_DOCUMENT', `The workflow is not valid JSON: ${(error as Error).message}.`, { cause: error });
    }
  }
  const yaml = readYaml(text);
  if (yaml.ok) return yaml.value;
  throw yaml.error;
}

function readYaml(text: string): { ok: true; value: unknown } | { ok: false; error: CoulerError } {
  const document = yamlLibrary().parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  const problem = document.errors[0];
  if (problem) {
    // The pretty message is "… at line 2, column 1:" followed by an excerpt; keep the sentence.
    const sentence = (problem.message.split('\n')[0] ?? '').replace(/:\s*$/, '');
    const error = new CoulerError('INVALID_DOCUMENT', `The workflow is not valid YAML: ${sentence}.`, {
      ...(problem.linePos && { hint: `See line ${problem.linePos[0].line}, column ${problem.linePos[0].col}.` }),
      cause: problem,
    });
    return { ok: false, error };
  }
  try {
    return { ok: true, value: document.toJS({ maxAliasCount: 1000 }) };
  } catch (error) {
    // `toJS` refuses documents whose aliases expand without bound ("billion laughs").
    return { ok: false, error: new CoulerError('INVALID_DOCUMENT', `The workflow is not valid YAML: ${(error as Error).message}.`, { cause: error }) };
  }
}

/**
 * Checks a workflow given as text or as a plain value and collects every problem: the
 * document's shape first (all of its structural errors), then, if the shape is right, every
 * semantic error `validate` finds. Never throws for a bad workflow. The workflow returned is a
 * copy, recorded as checked when it has no errors (see `isCheckedWorkflow`): given that copy
 * again (or the DSL's workflow), it returns it as it is, without checking twice.
 */
export function checkWorkflow(input: string | unknown): CheckWorkflowResult {
  // A workflow this package checked already (the DSL's, or one parsed before): nothing to redo.
  if (isCheckedWorkflow(input)) return { workflow: input, errors: [] };
  let value: unknown;
  try {
    value = typeof input === 'string' ? readDocument(input) : input;
  } catch (error) {
    if (CoulerError.isInstance(error)) return { errors: [error] };
    throw error;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { errors: [new CoulerError('INVALID_DOCUMENT', 'A workflow must be an object with apiVersion, kind, metadata and spec.')] };
  }
  const { apiVersion, kind } = value as { apiVersion?: unknown; kind?: unknown };
  if (apiVersion !== IR_API_VERSION) {
    return {
      errors: [
        new CoulerError(
          'UNSUPPORTED_API_VERSION',
          apiVersion === undefined
            ? `The workflow has no apiVersion; this version of @couler/ir reads "${IR_API_VERSION}".`
            : `apiVersion "${String(apiVersion)}" is not one this version of @couler/ir reads ("${IR_API_VERSION}").`,
          { path: ['apiVersion'], hint: 'Upgrade @couler/ir, or regenerate the IR with the DSL of this version.' },
        ),
      ],
    };
  }
  if (kind !== IR_KIND) {
    return { errors: [new CoulerError('INVALID_FIELD', `kind must be "${IR_KIND}", not ${JSON.stringify(kind)}.`, { path: ['kind'] })] };
  }
  const keyErrors = prototypeKeyErrors(value);
  if (keyErrors.length > 0) return { errors: keyErrors };
  const shape = checkWorkflowShape(value);
  if (shape.workflow === undefined) return { errors: shape.errors };
  const errors = validate(shape.workflow);
  if (errors.length === 0) recordChecked(shape.workflow, 'valid');
  return { workflow: shape.workflow, errors };
}

/**
 * Parses and validates a workflow from JSON/YAML text or a plain value. Throws a CoulerError:
 * the single problem, or INVALID_WORKFLOW with every problem in `errors`.
 */
export function parseWorkflow(input: string | unknown): Workflow {
  const { workflow, errors } = checkWorkflow(input);
  throwIfErrors(errors, workflow?.metadata.name);
  return workflow!;
}
