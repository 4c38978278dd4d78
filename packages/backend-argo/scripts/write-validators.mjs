// Writes Argo's schema validators as Ajv standalone code next to the build, compiled once here
// instead of on every `--validate` (see src/validate/argo-validator-source.ts).
import { writeFileSync } from 'node:fs';
import { ARGO_VALIDATORS_FILE, argoValidatorSource } from '../dist/build/argo-validator-source.js';

writeFileSync(new URL(`../dist/${ARGO_VALIDATORS_FILE}`, import.meta.url), argoValidatorSource());
