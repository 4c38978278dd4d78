#!/usr/bin/env node
// Writes the server's OpenAPI document to openapi.json, from the server itself (built, on a
// throw-away database in a temporary directory, never listening), so that the GUI's API types
// are generated from what the server really answers — `openapi-typescript` turns it into src/api/schema.d.ts.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from '@couler/server';

const home = mkdtempSync(join(tmpdir(), 'couler-openapi-'));
const server = await createServer({ db: join(home, 'export.db'), home, logger: false, webRoot: false, ownerToken: 'cst_export-only' });
try {
  await server.app.ready();
  const document = server.app.swagger();
  writeFileSync(new URL('../openapi.json', import.meta.url), `${JSON.stringify(document, null, 2)}\n`);
} finally {
  await server.close();
  rmSync(home, { recursive: true, force: true });
}
