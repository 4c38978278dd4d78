import type { ValidationRule } from '../validation-context';
import { exactlyOneRule } from './exactly-one-rule';
import { groupsRule } from './groups-rule';
import { namesRule } from './names-rule';
import { noCycleRule } from './no-cycle-rule';
import { referencesRule } from './references-rule';
import { typesRule } from './types-rule';
import { volumesRule } from './volumes-rule';

export { exactlyOneRule, groupsRule, namesRule, noCycleRule, referencesRule, typesRule, volumesRule };

/** The rules `validate` runs, in the order their errors are listed. */
export const specifiedRules: ReadonlyArray<ValidationRule> = [
  namesRule,
  referencesRule,
  noCycleRule,
  typesRule,
  exactlyOneRule,
  groupsRule,
  volumesRule,
];
