import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ArgoFieldProbe } from './probe';

const PROBES_FOLDER = join(fileURLToPath(new URL('.', import.meta.url)), 'probes');

/** Every probe of every `src/probes/*.ts` file (each exports `probes`), with the file it came from. */
export async function loadProbes(): Promise<Array<ArgoFieldProbe & { file: string }>> {
  const files = readdirSync(PROBES_FOLDER)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .sort();
  const loaded = await Promise.all(
    files.map(async (file) => {
      const module = (await import(pathToFileURL(join(PROBES_FOLDER, file)).href)) as { probes?: ArgoFieldProbe[] };
      if (!Array.isArray(module.probes)) throw new Error(`src/probes/${file} must export \`const probes: ArgoFieldProbe[]\`.`);
      return module.probes.map((probe) => ({ ...probe, file }));
    }),
  );
  return loaded.flat();
}
