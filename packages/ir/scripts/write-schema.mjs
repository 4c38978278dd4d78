// Writes the IR's JSON Schema next to the build, from the same zod source as the types.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createWorkflowJsonSchema } from '../dist/index.js';

const target = new URL('../schema/workflow.schema.json', import.meta.url);
mkdirSync(new URL('.', target), { recursive: true });
writeFileSync(target, `${JSON.stringify(createWorkflowJsonSchema(), null, 2)}\n`);
