import { DNS1123_LABEL_PATTERN, isConcat, isRef, type PluginConfigValue, type Step } from '@couler/ir';
import { dslError, type StepHandle } from './handles';
import { captureCallSite } from './internal/call-site';
import { checkOptions } from './internal/check-options';
import { currentBuilder } from './internal/current-builder';
import type { StepDraft } from './internal/workflow-builder';
import { StepFields, type CommonStepOptions } from './step-options';
import { describe, isHandle, toValue, type ValueInput } from './values';

/** What a plugin's configuration may hold: JSON, where text may be a step's output or a parameter. */
export type PluginConfigInput = ValueInput | ReadonlyArray<PluginConfigInput> | { readonly [key: string]: PluginConfigInput };

/** Options of runPlugin: the plugin and its configuration, and what every step has but a pod's fields. */
export interface PluginOptions extends Pick<CommonStepOptions, 'stepName' | 'description' | 'retry' | 'cache' | 'continueOn'> {
  /** The executor plugin's name, as installed on the cluster or declared with `executorPlugins`. */
  plugin: string;
  /** What the plugin is given. Text may be a value known when the step runs (`train.result`, `concat(…)`). */
  config?: { readonly [key: string]: PluginConfigInput };
}

/** Options a plugin step cannot have: it runs no pod of its own. */
const POD_ONLY = Object.fromEntries(
  ['image', 'command', 'args', 'env', 'envFrom', 'secret', 'input', 'output', 'resources', 'nodeSelector', 'tolerations', 'serviceAccount', 'volumeMounts', 'timeout', 'labels', 'annotations'].map((key) => [
    key,
    `a plugin step runs in Argo's agent pod, with no pod of its own, so it cannot have ${key}; give the plugin what it needs in its config`,
  ]),
);

const PLUGIN_OPTION_KEYS = {
  stepName: true,
  description: true,
  retry: true,
  cache: true,
  continueOn: true,
  plugin: true,
  config: true,
} as const satisfies Record<keyof PluginOptions, true>;

/** The configuration as IR: numbers and booleans stay JSON; text, handles and concats become values. */
function toPluginConfig(input: PluginConfigInput, where: string): PluginConfigValue {
  if (input === null) throw dslError('INVALID_DSL_USAGE', `${where} is null; Kubernetes would drop it from the workflow, so the plugin would never see it. Leave the key out.`);
  if (typeof input === 'number' || typeof input === 'boolean') return input;
  if (typeof input === 'string' || isHandle(input) || isRef(input) || isConcat(input)) return toValue(input as ValueInput, where);
  if (Array.isArray(input)) return input.map((item, index) => toPluginConfig(item, `${where}[${index}]`));
  if (typeof input === 'object' && Object.getPrototypeOf(input) === Object.prototype) {
    return Object.fromEntries(Object.entries(input).map(([key, item]) => [key, toPluginConfig(item as PluginConfigInput, `${where}.${key}`)]));
  }
  throw dslError('INVALID_DSL_USAGE', `${where} must be JSON (text, numbers, booleans, lists, plain objects), a step's output or a parameter; got ${describe(input)}.`);
}

/**
 * Calls an Argo executor plugin as a step: a sidecar of Argo's agent pod that gets `config` and
 * answers with the step's result (`step.result`). Only backends that know the `step.plugin`
 * construct (Argo) compile it; the others refuse it with UNSUPPORTED_BY_BACKEND.
 */
export function runPlugin(options: PluginOptions): StepHandle {
  const stack = captureCallSite();
  const builder = currentBuilder('runPlugin');
  if (typeof options !== 'object' || options === null) throw dslError('INVALID_DSL_USAGE', "runPlugin() takes an options object: runPlugin({ plugin: 'slack', config: { text: 'done' } }).");
  checkOptions('runPlugin()', options, PLUGIN_OPTION_KEYS, POD_ONLY);
  if (typeof options.plugin !== 'string' || !DNS1123_LABEL_PATTERN.test(options.plugin) || options.plugin.length > 63) {
    throw dslError('INVALID_DSL_USAGE', `runPlugin({ plugin }) must be the plugin's name, a DNS-1123 label (lower-case letters, digits and "-"); got ${describe(options.plugin)}.`, {
      hint: "runPlugin({ plugin: 'slack', config: { text: 'training finished' } })",
    });
  }
  const config = options.config ?? {};
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    throw dslError('INVALID_DSL_USAGE', `runPlugin({ config }) must be an object (the plugin's configuration); got ${describe(config)}.`);
  }
  const fields = new StepFields('runPlugin').common(options).build();
  const plugin = { name: options.plugin, config: toPluginConfig(config, 'runPlugin({ config })') as Record<string, PluginConfigValue> };
  const draft = { ...fields, kind: 'plugin', plugin } as Partial<Step>;
  return builder.addStep(draft as StepDraft, { stepName: options.stepName, fallback: options.plugin, stack });
}
