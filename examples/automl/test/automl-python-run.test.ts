import { join } from 'node:path';
import { PYTHON_CANDIDATES } from '../src/candidates';
import { EXAMPLE_DIR } from '../src/example-paths';
import { describeAutomlRun } from './automl-run-suite';

// python3 is on every machine this project runs on (see the README). The Python variant's
// main-script run (`main.mjs --python`) is left out: it would double this file's time.
describeAutomlRun({ label: 'Python (python3, standard library)', file: join(EXAMPLE_DIR, 'src', 'automl-python.ts'), candidates: PYTHON_CANDIDATES });
