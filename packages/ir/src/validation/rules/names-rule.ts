import {
  DNS1123_LABEL_MAX_LENGTH,
  IDENTIFIER_MAX_LENGTH,
  IDENTIFIER_PATTERN,
  RESULT_OUTPUT,
  isDns1123Label,
  toDns1123Label,
} from '../../schema/names';
import type { ValidationContext } from '../validation-context';

type Path = ReadonlyArray<string | number>;

function checkLabel(context: ValidationContext, what: string, name: string, path: Path) {
  if (isDns1123Label(name)) return;
  const suggestion = toDns1123Label(name);
  context.report(
    'INVALID_NAME',
    `The ${what} name "${name}" is not a DNS-1123 label (lower-case letters, digits and "-", at most ${DNS1123_LABEL_MAX_LENGTH} characters, starting and ending with a letter or digit).`,
    { path, hint: suggestion ? `Rename it to "${suggestion}".` : 'Give it a name made of letters and digits.' },
  );
}

/**
 * Identifiers of one owner (its names in `first` then `second`): each valid, none repeated.
 * `what` and `at` make the message and path, only for a problem: most owners have none.
 */
function checkIdentifiers(
  context: ValidationContext,
  what: () => string,
  at: () => Path,
  first: ReadonlyArray<{ readonly name: string }> | undefined,
  second?: ReadonlyArray<{ readonly name: string }>,
) {
  const count = (first?.length ?? 0) + (second?.length ?? 0);
  if (count === 0) return;
  const seen = count > 1 ? new Set<string>() : undefined;
  for (const list of [first, second]) {
    for (const { name } of list ?? []) {
      if (!IDENTIFIER_PATTERN.test(name) || name.length > IDENTIFIER_MAX_LENGTH) {
        context.report(
          'INVALID_NAME',
          `The ${what()} name "${name}" must start with a letter or "_" and hold only letters, digits, "_" and "-" (at most ${IDENTIFIER_MAX_LENGTH} characters).`,
          { path: [...at(), name] },
        );
      }
      if (seen?.has(name)) context.report('DUPLICATE_NAME', `There can be only one ${what()} named "${name}".`, { path: [...at(), name] });
      seen?.add(name);
    }
  }
}

const isResultOutput = (output: { readonly name: string }) => output.name === RESULT_OUTPUT;

const ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;

/**
 * Names are portable: DNS-1123 labels for the workflow, steps and groups (what Kubernetes and
 * Tekton accept), identifiers for parameters and outputs, unique within their owner.
 */
export function namesRule(context: ValidationContext): void {
  const { workflow } = context;
  checkLabel(context, 'workflow', workflow.metadata.name, ['metadata', 'name']);
  checkIdentifiers(context, () => 'workflow parameter', () => ['parameters'], workflow.spec.parameters);

  const stepAndGroupNames = new Map<string, string>();
  const claim = (name: string, what: string, path: Path) => {
    const previous = stepAndGroupNames.get(name);
    if (previous !== undefined) {
      const message =
        previous === what
          ? `There can be only one ${what} named "${name}".`
          : `There can be only one step or group named "${name}" (it names a ${previous} and a ${what}).`;
      context.report('DUPLICATE_STEP', message, {
        path,
        stepIds: [name],
        hint: 'Give one of them another name (stepName in the DSL).',
      });
    } else stepAndGroupNames.set(name, what);
  };

  for (const { step, path } of context.allSteps()) {
    checkLabel(context, 'step', step.name, path);
    claim(step.name, 'step', path);
    checkIdentifiers(context, () => `output of step "${step.name}"`, () => [...path, 'outputs'], step.outputs?.parameters, step.outputs?.artifacts);
    if (step.outputs?.parameters?.some(isResultOutput) || step.outputs?.artifacts?.some(isResultOutput)) {
      context.report('INVALID_NAME', `"${RESULT_OUTPUT}" is reserved for the standard output of step "${step.name}"; name the output otherwise.`, {
        path: [...path, 'outputs', RESULT_OUTPUT],
      });
    }
    checkIdentifiers(context, () => `input of step "${step.name}"`, () => [...path, 'inputs'], step.inputs?.parameters, step.inputs?.artifacts);
    const envNames = step.env !== undefined && step.env.length > 1 ? new Set<string>() : undefined;
    for (const variable of step.env ?? []) {
      if (!ENV_NAME.test(variable.name)) {
        context.report('INVALID_NAME', `"${variable.name}" is not a valid environment variable name.`, {
          path: [...path, 'env', variable.name],
          hint: 'Use letters, digits, "_", "-" and ".", not starting with a digit.',
        });
      }
      if (envNames?.has(variable.name)) {
        context.report('DUPLICATE_NAME', `Step "${step.name}" sets the environment variable "${variable.name}" twice.`, {
          path: [...path, 'env', variable.name],
        });
      }
      envNames?.add(variable.name);
    }
  }
  (workflow.spec.groups ?? []).forEach((group) => {
    const path = ['groups', group.name];
    checkLabel(context, 'group', group.name, path);
    claim(group.name, 'group', path);
  });
}

