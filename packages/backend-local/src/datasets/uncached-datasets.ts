import { stat } from 'node:fs/promises';
import type { Dataset } from '@couler/ir';
import type { DatasetRead } from './dataset-cache';

/** Reads a dataset straight from its source into the step, every time: the engine with the cache off. */
export class UncachedDatasets {
  async read(_dataset: Dataset, target: string, source: { version(): Promise<string>; download(into: string): Promise<void> }): Promise<DatasetRead> {
    const version = await source.version();
    await source.download(target);
    const info = await stat(target);
    return { version, downloaded: true, bytes: info.isDirectory() ? 0 : info.size };
  }
}
