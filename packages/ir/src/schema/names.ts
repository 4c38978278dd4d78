/**
 * Naming rules shared by every engine Couler emits for. Kubernetes object and Tekton task names
 * must be DNS-1123 labels, so step and workflow names are held to that everywhere: a name that
 * works on one backend works on all of them.
 */

/** A DNS-1123 label: lower-case letters, digits and `-`, starting and ending alphanumeric. */
export const DNS1123_LABEL_PATTERN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
export const DNS1123_LABEL_MAX_LENGTH = 63;

/** Names of parameters, outputs and artifacts: usable as Argo/Tekton/Airflow identifiers. */
export const IDENTIFIER_PATTERN = /^[A-Za-z_][A-Za-z0-9_-]*$/;
export const IDENTIFIER_MAX_LENGTH = 63;

/** The output every container and script step has: its standard output, trimmed. */
export const RESULT_OUTPUT = 'result';

/** Kubernetes resource quantity, e.g. `500m`, `2`, `4Gi`, `1.5e3`. */
export const QUANTITY_PATTERN = /^[+]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][-+]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$/;

export function isDns1123Label(name: string): boolean {
  return name.length <= DNS1123_LABEL_MAX_LENGTH && DNS1123_LABEL_PATTERN.test(name);
}

/**
 * Turns any string into the closest DNS-1123 label: `Train_Model v2` → `train-model-v2`. A
 * label is left as it is (`a--b` included). Returns `''` when nothing usable is left; callers
 * supply a fallback.
 */
export function toDns1123Label(text: string): string {
  const dashed = text
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    // Runs holding anything but "-" become one "-"; runs of "-" alone are already legal.
    .replace(/[^a-z0-9]+/g, (run) => (/^-+$/.test(run) ? run : '-'));
  // Trimmed by hand: `/-+$/` backtracks quadratically over a long run of dashes.
  let start = 0;
  let end = dashed.length;
  while (start < end && dashed[start] === '-') start++;
  end = Math.min(end, start + DNS1123_LABEL_MAX_LENGTH);
  while (end > start && dashed[end - 1] === '-') end--;
  return dashed.slice(start, end);
}
