import * as z from 'zod';
import { ArtifactLocationSchema } from './artifact';
import { Dns1123SubdomainSchema } from './kubernetes-names';

/**
 * Input data many steps read again and again (the tech report's §II.C, its `Dataset` CRD of
 * Code 7): where it lives, who owns it, and the credentials by secret reference inside the
 * source location. Engines keep one synced copy per version of the source; a step reads it
 * through an input artifact whose `dataset` names it.
 */
export const DatasetSchema = z
  .strictObject({
    name: Dns1123SubdomainSchema.max(63).meta({ description: 'The dataset\'s name; it also names the cache volume on Kubernetes engines.' }),
    owner: z.string().min(1).optional().meta({ description: 'Who owns the data (Code 7\'s `spec.owner`).' }),
    source: ArtifactLocationSchema.meta({ description: 'Where the data lives: s3, oss, gcs, hdfs or http. Its secret references give the credentials.' }),
    storage: z.string().min(1).optional().meta({ description: 'Size of the cache volume on Kubernetes engines, e.g. "20Gi" (default "10Gi").' }),
    storageClassName: z.string().min(1).optional().meta({ description: 'Storage class of the cache volume on Kubernetes engines.' }),
    description: z.string().optional(),
  })
  .meta({ id: 'Dataset' });
export type Dataset = z.infer<typeof DatasetSchema>;

/** The cache volume's size when a dataset names none. */
export const DEFAULT_DATASET_STORAGE = '10Gi';
