import { isConcat, isRef, kubernetesContainer, type PluginConfigValue, type PluginStep, type Workflow } from '@couler/ir';
import type { ArgoWorkflowSpec } from './argo-types';
import { refuseTemplateText } from './escape-template-text';
import { refuseAgentPodFields } from './http-template';
import type { LeafInputs } from './leaf-inputs';
import { refuseTags } from './pod-spec-fields';
import { unsupported } from './unsupported';

type Path = ReadonlyArray<string | number>;

/**
 * Refuses what a plugin step cannot carry on Argo: like an http request, a plugin call runs in
 * Argo's agent pod, shared by the workflow's agent-run steps, with no container of the step's
 * own, so pod settings would be accepted and ignored; and neither pod deadline applies to it.
 *
 * @throws CoulerError UNSUPPORTED_BY_BACKEND naming the field, the step and the backend.
 */
export function assertPluginExpressible(step: PluginStep, path: Path): void {
  refuseAgentPodFields(step, path, { construct: 'step.plugin', what: "a plugin step, which Argo's agent runs", hint: 'Remove it, or give the plugin what it needs in its configuration.' });
  for (const field of ['timeoutSeconds', 'totalTimeoutSeconds', 'pendingTimeoutSeconds'] as const) {
    if (step[field] === undefined) continue;
    throw unsupported('step.plugin', `${field} on a plugin step: Argo bounds the pods of steps, and a plugin call has none`, {
      path: [...path, field],
      stepName: step.name,
      hint: 'Give the plugin its time limit in its configuration, if it takes one, or bound the whole workflow (timeoutSeconds on the workflow).',
    });
  }
}

/**
 * The `plugin` of an Argo template: one key, the plugin's name, holding its configuration. Text
 * is rendered like a container's arguments (references become input parameters of the
 * template, literal text is escaped so that it stays literal); keys cannot be escaped, so a
 * key holding `{{` is refused.
 */
export function compilePlugin(step: PluginStep, inputs: LeafInputs, path: Path): Record<string, unknown> {
  const render = (value: PluginConfigValue, at: Path): unknown => {
    if (typeof value === 'number' || typeof value === 'boolean') return value;
    if (typeof value === 'string' || isRef(value) || isConcat(value)) return inputs.render(value, 'plugin');
    if (Array.isArray(value)) return value.map((item, index) => render(item, [...at, index]));
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [refuseTemplateText(key, { what: 'a key of a plugin configuration', path: [...at, key], stepName: step.name }), render(item, [...at, key])]),
    );
  };
  return { [step.plugin.name]: render(step.plugin.config, [...path, 'plugin', 'config']) };
}

/** `spec.executorPlugins`: each declared plugin's sidecar, named after its container. */
export function executorPlugins(workflow: Workflow): Pick<ArgoWorkflowSpec, 'executorPlugins'> {
  const plugins = workflow.spec.executorPlugins;
  if (!plugins?.length) return {};
  return {
    executorPlugins: plugins.map((plugin, index) => ({
      metadata: { name: plugin.sidecar.name },
      spec: {
        sidecar: {
          container: refuseTags(kubernetesContainer(plugin.sidecar), ['executorPlugins', index, 'sidecar']),
          ...(plugin.automountServiceAccountToken !== undefined && { automountServiceAccountToken: plugin.automountServiceAccountToken }),
        },
      },
    })),
  };
}
