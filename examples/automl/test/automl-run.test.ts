import { join } from 'node:path';
import { NODE_CANDIDATES } from '../src/candidates';
import { EXAMPLE_DIR } from '../src/example-paths';
import { describeAutomlRun } from './automl-run-suite';

describeAutomlRun({ label: 'Node (mljs models)', file: join(EXAMPLE_DIR, 'src', 'automl.ts'), candidates: NODE_CANDIDATES, mainScript: [] });
