import { didYouMean } from '@couler/ir';
import { dslError } from '../handles';

/**
 * The keys an options type has, as an object literal `satisfies Record<keyof T, true>` (or any
 * value per key): tsc then fails when a field is added to the type but not to the list (or the
 * reverse), so the run-time check below never refuses an option the types allow.
 */
export type OptionKeys = Readonly<Record<string, unknown>>;

/**
 * Kubernetes and Argo fields users reach for that Couler does not carry to any engine yet. They
 * are refused, not dropped: a step silently run without its securityContext or its affinity is
 * worse than an error. Supporting them is its own piece of work.
 */
const NOT_SUPPORTED_YET = new Set([
  'hostNetwork',
  'hostPID',
  'hostIPC',
  'shareProcessNamespace',
  'stdin',
  'tty',
]);

/**
 * Names from the Python Couler (after snake_case → camelCase) and from Argo whose option has
 * another name here. Used only when the target is an option of the call at hand.
 */
const OTHER_NAMES: Readonly<Record<string, string>> = {
  cronConfig: 'cron',
  activeDeadlineSeconds: 'timeout',
  retryStrategy: 'retry',
  memoize: 'cache',
  serviceAccountName: 'serviceAccount',
  ttlStrategy: 'ttl',
  maxIteration: 'maxIterations',
  podSecurityContext: 'securityContext',
  podPriorityClassName: 'priorityClassName',
};

/** `step_name` → `stepName`. */
function camelCase(key: string): string {
  return key.replace(/[_-]+([a-zA-Z0-9])/g, (_, next: string) => next.toUpperCase());
}

interface Problem {
  readonly key: string;
  readonly unsupported: boolean;
  /** What to write instead, as a short phrase; empty when nothing is close. */
  readonly instead: string;
}

function problemOf(key: string, known: OptionKeys, renames: Readonly<Record<string, string>>): Problem {
  if (renames[key] !== undefined) return { key, unsupported: false, instead: renames[key]! };
  const camel = camelCase(key);
  if (renames[camel] !== undefined) return { key, unsupported: false, instead: renames[camel]! };
  if (camel !== key && Object.hasOwn(known, camel)) return { key, unsupported: false, instead: `write "${camel}" (the Python Couler's ${JSON.stringify(key)})` };
  const other = OTHER_NAMES[camel];
  if (other !== undefined && Object.hasOwn(known, other)) return { key, unsupported: false, instead: `write "${other}" instead (the same setting under its name here)` };
  if (NOT_SUPPORTED_YET.has(camel)) return { key, unsupported: true, instead: '' };
  const close = /"([^"]+)"/.exec(didYouMean(camel, Object.keys(known)))?.[1];
  return { key, unsupported: false, instead: close !== undefined ? `did you mean "${close}"?` : '' };
}

/**
 * Refuses keys of `options` that `where` (e.g. `runContainer()`, `runContainer({ retry })`) does
 * not know, with what to write instead: a did-you-mean, the camelCase form of a Python Couler
 * name, a rename (`renames`: key → phrase), or "not supported yet" for Kubernetes fields Couler
 * does not carry. TypeScript catches these at compile time; JavaScript, `as any` and generated
 * option objects reach this check, and without it the option would vanish without a word.
 */
export function checkOptions(where: string, options: unknown, known: OptionKeys, renames: Readonly<Record<string, string>> = {}): void {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return;
  // The usual call has no unknown key: it runs for every step, so that is found without arrays.
  let unknown = false;
  for (const key in options) {
    if (Object.hasOwn(options, key) && !Object.hasOwn(known, key)) {
      unknown = true;
      break;
    }
  }
  if (!unknown) return;
  const problems = Object.keys(options)
    .filter((key) => !Object.hasOwn(known, key))
    .map((key) => problemOf(key, known, renames));
  if (problems.length === 0) return;
  const knownList = `${where} takes: ${Object.keys(known).join(', ')}.`;
  if (problems.length === 1) {
    const [problem] = problems as [Problem];
    if (problem.unsupported) {
      throw dslError('INVALID_DSL_USAGE', `${where} got ${JSON.stringify(problem.key)}, a Kubernetes field Couler does not support yet.`, {
        hint: `Remove ${JSON.stringify(problem.key)}: no engine would receive it, so Couler refuses it rather than drop it.`,
      });
    }
    const instead = problem.instead ? ` ${capitalized(problem.instead)}${problem.instead.endsWith('?') ? '' : '.'}` : '';
    throw dslError('INVALID_DSL_USAGE', `${where} has no option ${JSON.stringify(problem.key)}.${instead}`, { hint: knownList });
  }
  const described = problems.map(({ key, unsupported, instead }) => (unsupported ? `${JSON.stringify(key)} is a Kubernetes field not supported yet` : instead ? `${JSON.stringify(key)}: ${instead}` : `${JSON.stringify(key)} is unknown`));
  const anyUnsupported = problems.some((problem) => problem.unsupported);
  throw dslError('INVALID_DSL_USAGE', `${where} has ${problems.length} options it cannot use: ${described.join('; ')}.`, {
    hint: `${anyUnsupported ? 'Remove the fields not supported yet (Couler refuses them rather than drop them) and fix the others. ' : ''}${knownList}`,
  });
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
