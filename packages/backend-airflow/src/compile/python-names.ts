/** Python words a generated variable must not take. */
const RESERVED = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
  'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
  'while', 'with', 'yield', 'match', 'case', 'type', '_',
  // Names the DAG file itself uses.
  'dag', 'task', 'DAG', 'Param', 'TaskGroup', 'KubernetesPodOperator', 'AirflowException', 'k8s', 'datetime', 'pendulum', 'json', 're',
  'base64', 'os', 'subprocess', 'tempfile', 'context', 'ti', 'params', 'item', 'items', 'print', 'list', 'dict', 'str', 'float', 'len',
]);

/** Gives each task a distinct snake_case Python name derived from its id. */
export class PythonNames {
  private readonly taken = new Set<string>();

  /** A free name for `text`; dots in it become `__` (a part separator no name part holds). */
  allocate(text: string, suffix = 'task'): string {
    let base =
      text
        .split('.')
        .map((part) => part.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, ''))
        .join('__')
        .toLowerCase() || suffix;
    if (/^[0-9]/.test(base)) base = `${suffix}_${base}`;
    if (RESERVED.has(base) || (base.startsWith('couler_') && base !== 'couler_watcher' && base !== 'couler_status')) base = `${base}_${suffix}`;
    let name = base;
    for (let counter = 2; this.taken.has(name); counter += 1) name = `${base}_${counter}`;
    this.taken.add(name);
    return name;
  }
}
