import type { HttpStep, PluginStep } from '@couler/ir';
import type { ArgoHttp } from './argo-types';
import { escapeTemplateText } from './escape-template-text';
import type { LeafInputs } from './leaf-inputs';
import { unsupported } from './unsupported';

type Path = ReadonlyArray<string | number>;

/**
 * Step fields that describe the pod a step runs in. Argo's agent sends every http request of a
 * workflow from one pod of its own, which takes its service account, node selector and
 * tolerations from the workflow spec (`workflow/controller/agent.go`) and nothing from a
 * template; Argo would accept these fields on an http template and ignore them.
 */
const AGENT_POD_FIELDS = ['env', 'envFrom', 'resources', 'volumeMounts', 'daemon', 'nodeSelector', 'tolerations', 'serviceAccount', 'labels', 'annotations', 'pod', 'volumes'] as const;

const AGENT_POD_HINTS: Partial<Record<(typeof AGENT_POD_FIELDS)[number], string>> = {
  nodeSelector: "Set it on the workflow (configWorkflow({ nodeSelector })): Argo's agent pod follows the workflow's scheduling.",
  tolerations: "Set them on the workflow (configWorkflow({ tolerations })): Argo's agent pod follows the workflow's scheduling.",
  serviceAccount: "Set it on the workflow (configWorkflow({ serviceAccount })): Argo's agent pod runs as the workflow's service account.",
};

/**
 * Refuses the pod settings of a step Argo's agent runs (an http request, a plugin call): they
 * would be accepted on its template and ignored.
 */
export function refuseAgentPodFields(step: HttpStep | PluginStep, path: Path, about: { construct: 'step.http' | 'step.plugin'; what: string; hint: string }): void {
  for (const field of AGENT_POD_FIELDS) {
    if (!present(step[field])) continue;
    throw unsupported(about.construct, `${field} on ${about.what} from a shared pod with no container of the step's own`, {
      path: [...path, field],
      stepName: step.name,
      hint: AGENT_POD_HINTS[field] ?? about.hint,
    });
  }
}

export function present(value: unknown): boolean {
  return !(value === undefined || value === false || (Array.isArray(value) && value.length === 0));
}

/**
 * Refuses what an http step cannot carry on Argo: pod settings, input artifacts, and outputs
 * other than `result` (Argo's http template has the response body and nothing else).
 *
 * @throws CoulerError UNSUPPORTED_BY_BACKEND naming the field, the step and the backend.
 */
export function assertHttpExpressible(step: HttpStep, path: Path): void {
  refuseAgentPodFields(step, path, { construct: 'step.http', what: "an http step, which Argo's agent sends", hint: 'Remove it, or send the request from a container step (curl).' });
  if (present(step.inputs?.artifacts)) {
    throw unsupported('step.http', 'input artifacts on an http step, which has no container to put the files in', { path: [...path, 'inputs', 'artifacts'], stepName: step.name });
  }
  if (present(step.outputs?.parameters) || present(step.outputs?.artifacts)) {
    throw unsupported('step.http', 'outputs of an http step other than its result (the response body)', {
      path: [...path, 'outputs'],
      stepName: step.name,
      hint: `Read the body as { ref: 'step', step: '${step.name}', output: 'result' }.`,
    });
  }
}

/**
 * The `http` of an Argo template. URL, header values and body are rendered like a container's
 * arguments: references become input parameters of the template (`{{inputs.parameters.x}}`),
 * literal text is escaped so that it stays literal. A step timeout bounds the one request the
 * step makes: Argo enforces a template's `activeDeadlineSeconds` on pods only, and the agent
 * enforces `timeoutSeconds`, so the shorter of the two becomes the request timeout.
 */
export function compileHttp(step: HttpStep, inputs: LeafInputs): ArgoHttp {
  const { method, url, headers, body, successCondition, timeoutSeconds } = step.http;
  const timeouts = [timeoutSeconds, step.timeoutSeconds].filter((seconds): seconds is number => seconds !== undefined);
  return {
    method,
    url: inputs.render(url),
    ...(headers?.length && { headers: headers.map((header) => ({ name: header.name, value: inputs.render(header.value) })) }),
    ...(body !== undefined && { body: inputs.render(body) }),
    // An expression the agent evaluates over `response`; the controller substitutes tags in it first.
    ...(successCondition !== undefined && { successCondition: escapeTemplateText(successCondition) }),
    ...(timeouts.length > 0 && { timeoutSeconds: Math.min(...timeouts) }),
  };
}
