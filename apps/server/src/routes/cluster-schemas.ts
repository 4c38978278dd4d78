import { z } from 'zod';
import { RequestSchema } from './route-schemas';

export const ClusterSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.string(),
    capacity: RequestSchema,
    used: RequestSchema,
    runs: z.number(),
    settings: z.record(z.string(), z.unknown()).meta({ description: "The kind's settings; credentials show only as `hasToken`, `hasPassword`, `hasKubeconfig`." }),
    draining: z.boolean().meta({ description: 'No new runs are placed on it; the runs there finish.' }),
    healthy: z.boolean(),
    healthMessage: z.string().nullable().meta({ description: 'What the last health check found wrong.' }),
    checkedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Cluster' });

const Capacity = z
  .object({
    cpu: z.number().min(0).max(1e7).meta({ description: 'Cores the queue may place on it.' }),
    memory: z.number().min(0).max(1e18).meta({ description: 'Bytes.' }),
    gpu: z.number().int().min(0).max(1e6).default(0),
  })
  .strict();

const ClusterName = z
  .string()
  .min(1)
  .max(63)
  .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, 'Use lower-case letters, digits and "-", starting and ending with a letter or digit');

const Url = (example: string) => z.string().min(1).max(2000).meta({ description: example });
const Secret = (description: string) => z.string().min(1).max(20_000).meta({ description: `${description} Stored encrypted, never shown again.` });

/** Settings by kind. Credentials (`token`, `password`, `kubeconfig`) are stored encrypted. */
export const SETTINGS_BY_KIND = {
  argo: z
    .object({
      server: Url('The Argo Server: https://argo.example.com:2746'),
      namespace: z.string().min(1).max(63).default('argo'),
      token: Secret('Bearer token (`argo auth token`).').optional(),
    })
    .strict(),
  tekton: z
    .object({
      kubeconfig: Secret("The kubeconfig file's YAML text (its cluster, user and credentials)."),
      context: z.string().min(1).max(253).optional().meta({ description: "A context of that kubeconfig (default: its current context)." }),
      namespace: z.string().min(1).max(63).default('default').meta({ description: 'Where PipelineRuns are created.' }),
    })
    .strict(),
  airflow: z
    .object({
      server: Url('The Airflow API server (the webserver on Airflow 2): https://airflow.example.com'),
      token: Secret('A bearer token (an Airflow 3 JWT, or an identity provider\'s).').optional(),
      username: z.string().min(1).max(256).optional().meta({ description: 'With `password`: basic auth on Airflow 2, a JWT from /auth/token on Airflow 3.' }),
      password: Secret("The user's password.").optional(),
      version: z.union([z.literal('auto'), z.literal(2), z.literal(3)]).default('auto').meta({ description: 'Airflow major; `auto` asks the server.' }),
      dagsFolder: z.string().min(1).max(4096).meta({ description: "A directory this server writes each run's DAG file into and Airflow's DAG processor reads (a shared volume)." }),
      dagWaitSeconds: z.number().int().min(1).max(86_400).default(600).meta({ description: 'How long a DAG file may take to appear in Airflow before the run fails.' }),
      namespace: z.string().min(1).max(63).optional().meta({ description: "Kubernetes namespace of the steps' pods." }),
    })
    .strict(),
} as const;

export type RemoteKindName = keyof typeof SETTINGS_BY_KIND;

export const NewClusterSchema = z.discriminatedUnion('kind', [
  z.object({ name: ClusterName, kind: z.literal('argo').meta({ description: 'Argo Workflows through the Argo Server REST API.' }), capacity: Capacity, settings: SETTINGS_BY_KIND.argo }).strict(),
  z.object({ name: ClusterName, kind: z.literal('tekton').meta({ description: 'Tekton Pipelines through the Kubernetes API, with a kubeconfig.' }), capacity: Capacity, settings: SETTINGS_BY_KIND.tekton }).strict(),
  z.object({ name: ClusterName, kind: z.literal('airflow').meta({ description: 'Apache Airflow 2.7+ or 3 through its stable REST API.' }), capacity: Capacity, settings: SETTINGS_BY_KIND.airflow }).strict(),
]);

export const ClusterPatchSchema = z
  .object({
    capacity: Capacity.partial().optional(),
    settings: z
      .record(z.string(), z.unknown())
      .optional()
      .meta({ description: "Settings to change, merged into the cluster's (checked as its kind's, whole); `null` removes one (a credential, an optional setting)." }),
    draining: z.boolean().optional().meta({ description: '`true`: place no new runs on it (the runs there finish), e.g. before deleting it.' }),
  })
  .strict();

export const ClusterNameParams = z.object({ name: z.string().min(1).max(100).meta({ description: "The cluster's name (or id)." }) });
