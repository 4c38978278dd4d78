import { formatPath } from '../../errors/couler-error';
import { namedPath, stepAt } from '../structural-errors';
import type { ValidationContext } from '../validation-context';
import { walkDocument } from '../walk-document';

type RawPath = Array<string | number>;

/**
 * No string of a workflow holds a NUL character (U+0000), nor does any key. The kernel ends
 * every argument, environment variable and file name at the first NUL, so no process can
 * receive one, and the engines would fail only when the step starts (`spawn` refuses it,
 * a container runtime truncates it). The rule covers every string, descriptions included:
 * YAML forbids NUL in its text (it can only be escaped), Kubernetes annotations and labels
 * carry descriptions and names, and Airflow's PostgreSQL metadata database refuses NUL in
 * text. One walk over the whole document, so a field added to the schema is covered too.
 */
export function nulCharacterRule(context: ValidationContext): void {
  const { workflow } = context;
  const report = (raw: RawPath, text: string, key: boolean) => {
    const path = namedPath(workflow, raw);
    const step = stepAt(workflow, raw);
    const what = key ? `The key ${JSON.stringify(text)} at ${formatPath(path.slice(0, -1)) || 'the top'}` : formatPath(path);
    context.report('NUL_CHARACTER', `${what} holds a NUL character (\\0) at position ${text.indexOf('\0')}: no process can receive one in an argument, an environment variable or a file name.`, {
      path,
      ...(step !== undefined && { stepIds: [step] }),
      hint: 'Remove the NUL character. To pass binary data, write it to a file (an input artifact, or base64 text) and pass the file\'s path.',
    });
  };
  walkDocument(workflow, {
    text: (value, path) => {
      if (value.includes('\0')) report([...path], value, false);
    },
    key: (key, path) => {
      if (key.includes('\0')) report([...path], key, true);
      return true;
    },
    done: () => context.isFull,
  });
}
