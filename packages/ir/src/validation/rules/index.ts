import { runRules, type ValidationRule } from '../validation-context';
import { argumentSizeRule } from './argument-size-rule';
import { artifactOptionsRule } from './artifact-options-rule';
import { artifactTypesRule } from './artifact-types-rule';
import { containerSetRule } from './container-set-rule';
import { dataStepRule } from './data-step-rule';
import { datasetsRule } from './datasets-rule';
import { exactlyOneRule } from './exactly-one-rule';
import { executorPluginsRule } from './executor-plugins-rule';
import { groupsRule } from './groups-rule';
import { hooksRule } from './hooks-rule';
import { httpStepRule } from './http-step-rule';
import { namesRule } from './names-rule';
import { noCycleRule } from './no-cycle-rule';
import { nulCharacterRule } from './nul-character-rule';
import { referencesRule } from './references-rule';
import { resourceConditionRule } from './resource-condition-rule';
import { stepDefaultsRule } from './step-defaults-rule';
import { createSubWorkflowsRule } from './sub-workflows-rule';
import { tuneRule } from './tune-rule';
import { typesRule } from './types-rule';
import { volumesRule } from './volumes-rule';
import { workflowOutputsRule } from './workflow-outputs-rule';

export { hasResultOutput, outputArtifactNames } from './step-outputs';
export { MAX_ARGUMENT_BYTES, describeBytes, utf8Bytes } from './argument-size-rule';
export { argumentSizeRule, artifactOptionsRule, artifactTypesRule, containerSetRule, dataStepRule, datasetsRule, exactlyOneRule, executorPluginsRule, groupsRule, hooksRule, httpStepRule, namesRule, noCycleRule, nulCharacterRule, referencesRule, resourceConditionRule, stepDefaultsRule, tuneRule, typesRule, volumesRule, workflowOutputsRule };

/** The rules that check one scope: the workflow's own steps, or one sub-workflow's body. */
const scopeRules: ReadonlyArray<ValidationRule> = [
  namesRule,
  referencesRule,
  noCycleRule,
  typesRule,
  exactlyOneRule,
  groupsRule,
  volumesRule,
  workflowOutputsRule,
  containerSetRule,
  httpStepRule,
  dataStepRule,
  resourceConditionRule,
  nulCharacterRule,
  argumentSizeRule,
  tuneRule,
  artifactOptionsRule,
  artifactTypesRule,
  hooksRule,
];

/** Definitions and calls of sub-workflows; each body is checked with `scopeRules`. */
export const subWorkflowsRule: ValidationRule = createSubWorkflowsRule((workflow, maxErrors) => runRules(workflow, scopeRules, maxErrors));

/** The rules `validate` runs, in the order their errors are listed. */
export const specifiedRules: ReadonlyArray<ValidationRule> = [...scopeRules, subWorkflowsRule, datasetsRule, executorPluginsRule, stepDefaultsRule];
