// Writes the Tekton CRD schema validators as Ajv standalone code next to the build, compiled
// once here instead of on every `--validate` (see src/validate/tekton-validator-source.ts).
import { writeFileSync } from 'node:fs';
import { TEKTON_VALIDATORS_FILE, tektonValidatorSource } from '../dist/build/tekton-validator-source.js';

writeFileSync(new URL(`../dist/${TEKTON_VALIDATORS_FILE}`, import.meta.url), tektonValidatorSource());
