import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Where the monorepo's `@couler/web` build lands, seen from this package's `dist/`. */
export function defaultWebRoot(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'web', 'dist');
}

/** The GUI's own pages: a reload or a shared link on one of them gets `index.html`, whose router draws it. */
const GUI_PAGES = ['/runs', '/runs/:id', '/builder', '/sign-in'];

/**
 * Serves the GUI's static build at `/` when `root` holds an `index.html` (otherwise nothing: the
 * API works without it).
 *
 * @returns whether the GUI is served.
 */
export async function registerWebRoot(app: FastifyInstance, root: string): Promise<boolean> {
  if (!existsSync(join(root, 'index.html'))) return false;
  await app.register(fastifyStatic, { root, prefix: '/', wildcard: false, index: ['index.html'] });
  for (const page of GUI_PAGES) app.get(page, { schema: { hide: true } }, (_request, reply) => reply.type('text/html').sendFile('index.html'));
  return true;
}
