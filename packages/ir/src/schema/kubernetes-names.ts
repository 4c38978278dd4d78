import * as z from 'zod';

/**
 * Kubernetes' own syntax for the names and keys of a pod (apimachinery `validation.go`), so a
 * value the API server would refuse is refused when the IR is validated, with its path.
 */

/** A DNS-1123 subdomain: labels joined by dots, at most 253 characters. */
export const DNS1123_SUBDOMAIN_PATTERN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** The name part of a qualified name (label and annotation keys) and a label value. */
const QUALIFIED_NAME_PART = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;

export const Dns1123SubdomainSchema = z
  .string()
  .max(253)
  .regex(DNS1123_SUBDOMAIN_PATTERN, 'a DNS-1123 subdomain: lower-case letters, digits, "-" and ".", starting and ending alphanumeric');

/** `prefix/name` or `name`, as label and annotation keys are. */
export function qualifiedNameProblem(key: string): string | undefined {
  const slash = key.lastIndexOf('/');
  const prefix = slash === -1 ? undefined : key.slice(0, slash);
  const name = slash === -1 ? key : key.slice(slash + 1);
  if (prefix !== undefined && (prefix.length > 253 || !DNS1123_SUBDOMAIN_PATTERN.test(prefix))) return 'has a prefix that is not a DNS-1123 subdomain (lower-case letters, digits, "-", ".")';
  if (name.length === 0 || name.length > 63 || !QUALIFIED_NAME_PART.test(name)) return 'needs a name of at most 63 letters, digits, "-", "_" or ".", starting and ending alphanumeric';
  return undefined;
}

function keysChecked(valueProblem?: (value: string) => string | undefined) {
  return z
    .record(z.string(), z.string())
    .superRefine((map, context) => {
      for (const [key, value] of Object.entries(map)) {
        const keyProblem = qualifiedNameProblem(key);
        if (keyProblem) context.addIssue({ code: 'custom', path: [key], message: `the key ${JSON.stringify(key)} ${keyProblem}` });
        const problem = valueProblem?.(value);
        if (problem) context.addIssue({ code: 'custom', path: [key], message: `the value ${JSON.stringify(value.length > 70 ? `${value.slice(0, 67)}...` : value)} ${problem}` });
      }
    })
    .overwrite((map) => Object.fromEntries(Object.keys(map).sort().map((key) => [key, map[key] as string])));
}

/** Labels as Kubernetes takes them: qualified keys, values of at most 63 name characters. */
export const LabelMapSchema = keysChecked((value) =>
  value === '' || (value.length <= 63 && QUALIFIED_NAME_PART.test(value)) ? undefined : 'is not a label value: at most 63 letters, digits, "-", "_" or ".", starting and ending alphanumeric (or empty)',
).meta({ id: 'LabelMap' });

/** Annotations: qualified keys, any text as values. */
export const AnnotationMapSchema = keysChecked().meta({ id: 'AnnotationMap' });

/** An IPv4 or IPv6 address, as `hostAliases` and `dnsConfig.nameservers` need. */
export const IpAddressSchema = z
  .string()
  .regex(
    /^(((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])|(?=[0-9A-Fa-f:.]*:)[0-9A-Fa-f:.]{2,45})$/,
    'an IPv4 or IPv6 address such as "10.0.0.1" or "fd00::1"',
  )
  .meta({ description: 'An IPv4 or IPv6 address.' });
