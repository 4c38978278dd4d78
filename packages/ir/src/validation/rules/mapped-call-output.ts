import { didYouMean } from '../../errors/did-you-mean';
import type { StepOutputRef } from '../../schema/value';
import type { SubWorkflowCallStep } from '../../schema/step';
import type { ValidationContext } from '../validation-context';
import { outputsOf } from './step-outputs';

/**
 * What to do instead of reading a file of a mapped call. No engine gathers the files of a loop's
 * iterations into one: Argo gathers a looped task's output parameters into a JSON list, never
 * its artifacts, and Tekton and Airflow have no such list either.
 */
export const MAPPED_CALL_FILES_HINT =
  "Use the file inside the sub-workflow (add the step that reads it to the body); call the sub-workflow once, without map, for each file needed afterwards; or have the body's step store its file at a place named after the item itself (its own upload, such as to s3://bucket/models/<item>) and return that place as a value output: the mapped call gives the list of places to one step after it.";

/**
 * A step reads an output a mapped call does not have. A file its definition returns is named as
 * such (each iteration makes its own, so the call returns none); any other name is unknown, as
 * for a step. Definitions are known at the workflow's level only: inside a body, the hint says it.
 */
export function reportMappedCallOutput(context: ValidationContext, reader: string, call: SubWorkflowCallStep, ref: StepOutputRef, path: ReadonlyArray<string | number>): void {
  const definition = context.workflow.spec.subWorkflows?.find((candidate) => candidate.name === call.subWorkflow.name);
  const stepIds = [reader, call.name];
  if (definition?.outputs?.artifacts?.some((artifact) => artifact.name === ref.output)) {
    context.report('INVALID_REFERENCE', `Step "${reader}" reads artifact "${ref.output}" of call "${call.name}", which is mapped: each of its iterations makes its own "${ref.output}", so the call returns none.`, {
      path,
      stepIds,
      hint: MAPPED_CALL_FILES_HINT,
    });
    return;
  }
  const available = [...outputsOf(call).keys()];
  context.report('UNKNOWN_OUTPUT', `Step "${reader}" reads output "${ref.output}" of mapped call "${call.name}", which has no such output.${didYouMean(ref.output, available)}`, {
    path,
    stepIds,
    hint: `${available.length > 0 ? `Outputs of "${call.name}": ${available.join(', ')}, each the list of every iteration's value. ` : ''}A mapped call returns no files, since each iteration makes its own: ${MAPPED_CALL_FILES_HINT}`,
  });
}
