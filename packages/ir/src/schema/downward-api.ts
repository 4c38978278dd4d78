import * as z from 'zod';
import { QuantitySchema } from './common';

/**
 * Environment values Kubernetes fills in from the pod itself (the downward API), so a step
 * can read its pod's name, node or memory limit without asking the API server.
 */

/** The pod fields Kubernetes exposes to env through `fieldRef` (`core/v1` validation). */
export const DOWNWARD_FIELD_PATHS = [
  'metadata.name',
  'metadata.namespace',
  'metadata.uid',
  'spec.nodeName',
  'spec.serviceAccountName',
  'status.hostIP',
  'status.hostIPs',
  'status.podIP',
  'status.podIPs',
] as const;

export const FieldRefSchema = z
  .strictObject({
    fieldPath: z.union([
      z.enum(DOWNWARD_FIELD_PATHS),
      z.string().regex(/^metadata\.(labels|annotations)\['[^'\]]+'\]$/, "a pod field such as metadata.name, spec.nodeName, status.podIP or metadata.labels['app']"),
    ]),
    apiVersion: z.literal('v1').optional(),
  })
  .meta({ id: 'FieldRef', description: 'A field of the pod, e.g. metadata.name, spec.nodeName, status.podIP.' });
export type FieldRef = z.infer<typeof FieldRefSchema>;

export const DOWNWARD_RESOURCES = ['limits.cpu', 'limits.memory', 'limits.ephemeral-storage', 'requests.cpu', 'requests.memory', 'requests.ephemeral-storage'] as const;

export const ResourceFieldRefSchema = z
  .strictObject({
    resource: z.enum(DOWNWARD_RESOURCES),
    containerName: z.string().optional(),
    divisor: QuantitySchema.optional(),
  })
  .meta({ id: 'ResourceFieldRef', description: "A request or limit of the step's container, e.g. limits.memory." });
export type ResourceFieldRef = z.infer<typeof ResourceFieldRefSchema>;
