import type { Group, Step, SubWorkflow, Workflow } from '@couler/ir';

/**
 * Upper estimates of what a step, a group or a workflow's frame adds to the Argo YAML that
 * @couler/backend-argo writes, computed from the IR alone, once per element: the partitioner adds
 * them up as it goes instead of compiling and serialising a candidate for every step it tries.
 *
 * Calibrated against the real compiler (`estimate-bytes.test.ts` compiles random and hostile
 * workflows and checks every estimate is above the bytes written): every text is counted at its
 * worst — the expression Argo needs for a literal `{{`, the escapes of a double-quoted string,
 * the indentation a literal block adds per line — and every structural field at the depth it
 * lands at in a template.
 */

/**
 * What a `{` of user text can become when Argo would read it as the start of a tag (before
 * another `{`, or last in a text a tag may follow): `{{='\u007b' + string(inputs.parameters)[0:0]}}`.
 */
const BRACE_BYTES = 48;
/** A line break in a literal block: the break and up to 16 spaces of indentation. */
const LINE_BYTES = 18;
/** A key or list item: indentation, `- ` or `: ` and the line break, at template depth. */
const FIELD_BYTES = 13;
/** Literal text is written once (a task argument or the template, never both). */
const TEXT_FACTOR = 1;
/**
 * Per step: a DAG task (name, template, depends) and a template (name, inputs, outputs, container
 * frame); a reference adds a task argument, a template input and the tag that reads it.
 */
const STEP_FRAME_BYTES = 220;
const REFERENCE_BYTES = 150;
const NAME_IN_REFERENCE_FACTOR = 4;
/** A Kubeflow job is a JSON manifest in a literal block: per replica role, its frame. */
const JOB_ROLE_BYTES = 900;
/** A `memoize` block: key expression over the inputs, cache, ConfigMap, max age. */
const CACHE_BYTES = 360;
/** A group's own DAG template (a capped concurrent group, an `execWhile` loop). */
const GROUP_FRAME_BYTES = 900;
/** The frame of a whole document: apiVersion, kind, metadata, spec, the entry template. */
export const DOCUMENT_FRAME_BYTES = 600;

/** Bytes of one dependency between two steps of a part: ` && name.Succeeded` in a `depends`. */
export function dependencyBytes(stepName: string): number {
  return stepName.length + 16;
}

/**
 * Bytes a part adds when it reads an output of another part: a workflow parameter (declared
 * in the part, and in the parent's task arguments and its template's inputs).
 */
export function importBytes(parameterNameLength: number): number {
  return 160 + 3 * parameterNameLength;
}

/**
 * Bytes a part adds when another part reads one of its outputs: an output of its entry template
 * (`valueFrom.parameter` of the producing task, `globalName`) and the label that finds the task.
 * Parameter names are at most 63 characters; the bound holds for any of them.
 */
export const EXPORT_BYTES = 520;

interface TextTally {
  bytes: number;
}

function tallyString(text: string, tally: TextTally): void {
  let bytes = 2; // quotes
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x7b) bytes += text.charCodeAt(index + 1) === 0x7b || index === text.length - 1 ? BRACE_BYTES : 1;
    else if (code === 0x0a) bytes += LINE_BYTES;
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x85 || code === 0x2028 || code === 0x2029 || code === 0xfeff) bytes += 6;
    else if (code === 0x22 || code === 0x5c) bytes += 2;
    else if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdfff) bytes += 6; // a lone surrogate is escaped; a pair is 4 in UTF-8
    else bytes += 3;
  }
  tally.bytes += bytes * TEXT_FACTOR;
}

/** Every string, number, key and list item of a value. References are counted apart. */
function tallyValue(value: unknown, tally: TextTally): void {
  if (typeof value === 'string') tallyString(value, tally);
  else if (typeof value === 'number' || typeof value === 'boolean') tally.bytes += 24;
  else if (Array.isArray(value)) {
    for (const item of value) {
      tally.bytes += FIELD_BYTES;
      tallyValue(item, tally);
    }
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.ref === 'string') {
      // A reference: a task argument, a template input and a tag, each naming what it reads.
      let names = 0;
      for (const key in record) if (typeof record[key] === 'string') names += (record[key] as string).length;
      tally.bytes += REFERENCE_BYTES + NAME_IN_REFERENCE_FACTOR * names;
      return;
    }
    for (const key in record) {
      const item = record[key];
      if (item === undefined) continue;
      tally.bytes += FIELD_BYTES + key.length;
      tallyValue(item, tally);
    }
  }
}

/** An upper estimate of the Argo YAML bytes `step` adds to a document, references included. */
export function estimateStepBytes(step: Step): number {
  const tally: TextTally = { bytes: STEP_FRAME_BYTES + 4 * step.name.length };
  // The name and kind are in the frame (task, template, the body's key); what the step waits for
  // is charged per dependency by the part that holds both steps (`dependencyBytes`): a
  // dependency on another part is not written at all.
  const { name: _name, kind: _kind, dependencies: _dependencies, depends: _depends, ...fields } = step;
  tallyValue(fields, tally);
  if (step.kind === 'job') {
    const roles = Object.keys(step.job.replicas).length;
    tally.bytes += roles * JOB_ROLE_BYTES;
    // Every role's container repeats the job's image, command, args and the step's pod settings.
    const shared = { job: { image: step.job.image, command: step.job.command, args: step.job.args }, env: step.env, resources: step.resources, volumeMounts: step.volumeMounts };
    for (let role = 0; role < roles; role++) tallyValue(shared, tally);
  }
  if (step.cache !== undefined) tally.bytes += CACHE_BYTES;
  return Math.ceil(tally.bytes);
}

/** An upper estimate of the bytes of a group's own template. */
export function estimateGroupBytes(group: Group): number {
  const tally: TextTally = { bytes: GROUP_FRAME_BYTES + 4 * group.name.length };
  tallyValue(group, tally);
  return Math.ceil(tally.bytes);
}

/**
 * An upper estimate of the bytes of a sub-workflow's own DAG template: its inputs, outputs,
 * groups and steps (each step a task and a template, its dependencies written out). A part
 * writes it once if any of its calls uses it; the split charges it to every unit that calls it.
 */
export function estimateDefinitionBytes(definition: SubWorkflow): number {
  const { steps, groups, ...fields } = definition;
  const tally: TextTally = { bytes: GROUP_FRAME_BYTES + 4 * definition.name.length };
  tallyValue(fields, tally);
  let bytes = tally.bytes;
  for (const step of steps) {
    bytes += estimateStepBytes(step);
    for (const name of step.dependencies ?? []) bytes += dependencyBytes(name);
    if (step.depends !== undefined) bytes += 2 * step.depends.length;
  }
  for (const group of groups ?? []) bytes += estimateGroupBytes(group);
  return Math.ceil(bytes);
}

/**
 * The frame every part repeats: the document around the steps, with the workflow's settings
 * (volumes, tolerations, retry and cache defaults …) and its parameters. A cache or retry
 * default is written into every step's template, so it is charged per step (`perStep`).
 */
export function estimateFrameBytes(workflow: Workflow): { frame: number; perStep: number } {
  // Definitions are charged to the units that call them (`estimateDefinitionBytes`): a part
  // holds only the ones its calls use.
  const { steps: _steps, onExit: _onExit, groups: _groups, subWorkflows: _subWorkflows, parameters, retry, cache, ...settings } = workflow.spec;
  const tally: TextTally = { bytes: DOCUMENT_FRAME_BYTES + 4 * workflow.metadata.name.length };
  tallyValue(workflow.metadata, tally);
  tallyValue(settings, tally);
  tallyValue(parameters, tally);
  const perStep: TextTally = { bytes: 0 };
  tallyValue(retry, perStep);
  if (cache !== undefined) perStep.bytes += CACHE_BYTES;
  tallyValue(cache, perStep);
  return { frame: Math.ceil(tally.bytes), perStep: Math.ceil(perStep.bytes) };
}
