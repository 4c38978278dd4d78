import { VOLUME_SOURCES } from '../../schema/pod-spec';
import type { ValidationContext } from '../validation-context';

type Path = ReadonlyArray<string | number>;

function exactlyOne(context: ValidationContext, object: object, keys: readonly string[], what: string, path: Path, stepIds?: string[]) {
  const present = keys.filter((key) => (object as Record<string, unknown>)[key] !== undefined);
  if (present.length === 1) return;
  const list = keys.map((key) => `"${key}"`).join(', ');
  context.report(
    'AMBIGUOUS_SOURCE',
    present.length === 0 ? `${what} needs one of ${list}; it has none.` : `${what} has ${present.map((k) => `"${k}"`).join(' and ')}; give exactly one of ${list}.`,
    { path, ...(stepIds && { stepIds }) },
  );
}

const SINGLE_REPLICA_ROLES = new Set(['Chief', 'Master', 'Launcher']);

/**
 * Fields that come in "exactly one of" sets have exactly one: env sources, input artifact
 * sources, map items, volume sources, and the right kind of output source for the step kind.
 */
export function exactlyOneRule(context: ValidationContext): void {
  for (const { step, path } of context.allSteps()) {
    const stepIds = [step.name];
    for (const variable of step.env ?? []) {
      exactlyOne(context, variable, ['value', 'secretKeyRef', 'configMapKeyRef', 'fieldRef', 'resourceFieldRef'], `Environment variable "${variable.name}" of step "${step.name}"`, [...path, 'env', variable.name], stepIds);
    }
    step.envFrom?.forEach((source, index) => {
      exactlyOne(context, source, ['secretRef', 'configMapRef'], `envFrom entry ${index} of step "${step.name}"`, [...path, 'envFrom', index], stepIds);
    });
    for (const artifact of step.inputs?.artifacts ?? []) {
      exactlyOne(context, artifact, ['from', 'location', 'raw', 'dataset', 'input'], `Input artifact "${artifact.name}" of step "${step.name}"`, [...path, 'inputs', 'artifacts', artifact.name], stepIds);
    }
    if (step.kind === 'subWorkflow') {
      for (const argument of step.subWorkflow.artifacts ?? []) {
        exactlyOne(context, argument, ['from', 'location', 'input'], `Artifact argument "${argument.name}" of call "${step.name}"`, [...path, 'subWorkflow', 'artifacts', argument.name], stepIds);
      }
    }
    if (step.map) exactlyOne(context, step.map, ['items', 'from', 'sequence'], `The map of step "${step.name}"`, [...path, 'map'], stepIds);
    if (step.map?.sequence) exactlyOne(context, step.map.sequence, ['count', 'end'], `The sequence of step "${step.name}"`, [...path, 'map', 'sequence'], stepIds);

    const fromFile = step.kind === 'container' || step.kind === 'script' || step.kind === 'containerSet';
    for (const parameter of step.outputs?.parameters ?? []) {
      const at = [...path, 'outputs', 'parameters', parameter.name];
      if (fromFile) {
        if (parameter.path === undefined || parameter.jsonPath !== undefined || parameter.jqFilter !== undefined) {
          context.report('AMBIGUOUS_SOURCE', `Output "${parameter.name}" of ${step.kind} step "${step.name}" must be read from a file: give "path" (and no jsonPath/jqFilter).`, { path: at, stepIds });
        }
      } else if (step.kind === 'templateRef' || step.kind === 'subWorkflow') {
        if (parameter.path !== undefined || parameter.jsonPath !== undefined || parameter.jqFilter !== undefined) {
          const owner = step.kind === 'templateRef' ? 'referenced template' : 'sub-workflow';
          context.report('INVALID_FIELD', `Output "${parameter.name}" of ${step.kind} step "${step.name}" is the ${owner}'s own; declare it by name only (no path, jsonPath or jqFilter).`, { path: at, stepIds });
        }
      } else if (step.kind === 'http' || step.kind === 'data') {
        // Reported once for the whole step by the http-step and data-step rules.
      } else if (step.kind === 'suspend') {
        context.report('INVALID_FIELD', `Suspend step "${step.name}" cannot have output parameters.`, { path: at, stepIds });
      } else if (step.kind === 'plugin') {
        context.report('INVALID_FIELD', `Plugin step "${step.name}" cannot declare output parameters: what a plugin returns is its own, and Argo reads no declared output of a plugin template.`, {
          path: at,
          stepIds,
          hint: 'Have the plugin write what later steps need where they can read it (an object store, a ConfigMap), or use a container step.',
        });
      } else {
        exactlyOne(context, parameter, ['jsonPath', 'jqFilter'], `Output "${parameter.name}" of ${step.kind} step "${step.name}" (read from the created object)`, at, stepIds);
      }
    }
    if (!fromFile && step.kind !== 'http' && step.kind !== 'data' && (step.outputs?.artifacts?.length ?? 0) > 0) {
      context.report('INVALID_FIELD', `${step.kind} step "${step.name}" runs no container of its own, so it cannot write output artifacts.`, {
        path: [...path, 'outputs', 'artifacts'],
        stepIds,
      });
    }
    if (step.kind === 'job') {
      for (const [role, replica] of Object.entries(step.job.replicas)) {
        if (SINGLE_REPLICA_ROLES.has(role) && replica.replicas !== 1) {
          context.report('INVALID_FIELD', `Job step "${step.name}" asks for ${replica.replicas} "${role}" replicas; there must be exactly one.`, {
            path: [...path, 'job', 'replicas', role, 'replicas'],
            stepIds,
          });
        }
      }
      if (Object.keys(step.job.replicas).length === 0) {
        context.report('INVALID_FIELD', `Job step "${step.name}" has no replicas; add at least a "Worker" role.`, { path: [...path, 'job', 'replicas'], stepIds });
      }
    }
  }
  for (const volume of context.workflow.spec.volumes ?? []) {
    exactlyOne(context, volume, VOLUME_SOURCES, `Volume "${volume.name}"`, ['volumes', volume.name]);
  }
  for (const { step, path } of context.allSteps()) {
    for (const volume of step.volumes ?? []) exactlyOne(context, volume, VOLUME_SOURCES, `Volume "${volume.name}" of step "${step.name}"`, [...path, 'volumes', volume.name], [step.name]);
  }
  const budget = context.workflow.spec.podDisruptionBudget;
  if (budget) exactlyOne(context, budget, ['minAvailable', 'maxUnavailable'], 'The pod disruption budget', ['podDisruptionBudget']);
  const claimSources = ['resourceClaimName', 'resourceClaimTemplateName'];
  for (const claim of context.workflow.spec.pod?.resourceClaims ?? []) exactlyOne(context, claim, claimSources, `Resource claim "${claim.name}"`, ['pod', 'resourceClaims', claim.name]);
  for (const { step, path } of context.allSteps()) {
    for (const claim of step.pod?.resourceClaims ?? []) exactlyOne(context, claim, claimSources, `Resource claim "${claim.name}" of step "${step.name}"`, [...path, 'pod', 'resourceClaims', claim.name], [step.name]);
  }
}
