import { isScalar, parseAllDocuments, visit } from 'yaml';
import type { TektonValidationOptions } from './rules/rule-context';
import type { TektonProblem } from './tekton-problem';
import { validateTektonDocument } from './validate-tekton-document';

/** Plain scalars YAML 1.1 (kubectl's reader) takes for booleans while YAML 1.2 keeps them strings. */
const YAML_11_BOOLEANS = /^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;

export interface TektonYamlProblem extends TektonProblem {
  /** Which document of the stream (0-based). */
  readonly document: number;
}

/**
 * Validates a multi-document YAML stream as `kubectl create -f` would send it: read as YAML 1.1
 * (so an unquoted `yes` is the boolean `true`), each Pipeline/Task/PipelineRun/TaskRun checked
 * with `validateTektonDocument`. Other kinds (Secrets, PVCs …) are skipped; unquoted 1.1
 * booleans such as `yes`, `on` are reported anywhere, since readers disagree on them.
 */
export function validateTektonYaml(text: string, options: TektonValidationOptions = {}): TektonYamlProblem[] {
  const problems: TektonYamlProblem[] = [];
  parseAllDocuments(text, { version: '1.1' }).forEach((parsed, index) => {
    if (!('errors' in parsed)) return;
    for (const error of parsed.errors) problems.push({ document: index, rule: 'yaml-1.1', path: [], message: `The YAML does not parse: ${error.message}` });
    if (parsed.contents === null) return;
    visit(parsed, {
      Scalar(_key, node, path) {
        if (node.type === 'PLAIN' && typeof node.source === 'string' && YAML_11_BOOLEANS.test(node.source)) {
          const where = path.filter(isScalar).map((key) => String(key.value));
          problems.push({ document: index, rule: 'yaml-1.1', path: where, message: `The unquoted "${node.source}" is a boolean for kubectl (YAML 1.1) and a string for YAML 1.2 readers; quote it.` });
        }
      },
    });
    const value = parsed.toJS() as unknown;
    const kind = (value as { kind?: unknown } | null)?.kind;
    if (!['Pipeline', 'Task', 'PipelineRun', 'TaskRun'].includes(kind as string)) return;
    for (const problem of validateTektonDocument(value, options)) problems.push({ ...problem, document: index });
  });
  return problems;
}
