/**
 * docs/engines.md says, for every construct and example, what it becomes on each engine or why
 * the engine cannot run it. This test compiles each one for real (with `validate`, so every file
 * is checked against the engine's own schema and rules) and holds the table to the result:
 * a ✓ cell must compile and validate, and every `code span` it quotes must be in the emitted
 * files; a ✗ cell must be refused with the error code it names.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createAirflowBackend } from '@couler/backend-airflow';
import { createArgoBackend } from '@couler/backend-argo';
import { createTektonBackend } from '@couler/backend-tekton';
import { CoulerError, type BackendV1 } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { CONSTRUCTS } from '../src/constructs';
import { readEngineTable, type EngineCell } from '../src/engine-table';

const TABLE_FILE = fileURLToPath(new URL('../../../docs/engines.md', import.meta.url));
const table = readEngineTable(readFileSync(TABLE_FILE, 'utf8'));

/** An object store for the cells that say the Airflow or Tekton file needs one. */
const ARTIFACT_STORE = { url: 's3://couler-artifacts/runs' };

const ENGINES: Record<EngineCell['engine'], (cell: EngineCell) => BackendV1> = {
  Argo: () => createArgoBackend({ validate: true }),
  Airflow: (cell) => createAirflowBackend({ validate: true, ...(cell.needsArtifactStore && { artifactStore: ARTIFACT_STORE }) }),
  Tekton: (cell) => createTektonBackend({ validate: true, ...(cell.needsArtifactStore && { artifactStore: ARTIFACT_STORE }) }),
};

async function compile(cell: EngineCell): Promise<{ ok: true; text: string } | { ok: false; error: unknown }> {
  const construct = CONSTRUCTS.find((candidate) => candidate.id === cell.id)!;
  try {
    const { files } = await ENGINES[cell.engine](cell).doCompile(construct.workflow, {});
    return { ok: true, text: files.map((file) => file.contents).join('\n') };
  } catch (error) {
    return { ok: false, error };
  }
}

describe('docs/engines.md', () => {
  it('has one row per construct and example, and no row without one', () => {
    expect(table.rows.map((row) => row.id).sort()).toEqual(CONSTRUCTS.map((construct) => construct.id).sort());
  });

  describe.each(table.rows)('$id', (row) => {
    it.each(row.cells)('$engine: $text', async (cell) => {
      const outcome = await compile(cell);
      if (cell.compiles) {
        if (!outcome.ok) throw new Error(`The table says ${row.id} compiles for ${cell.engine}, but: ${String((outcome.error as Error).message)}`);
        // What the cell quotes as the emitted form is in the emitted files.
        for (const quoted of cell.emitted) expect(outcome.text, `${row.id} on ${cell.engine}`).toContain(quoted);
        return;
      }
      expect(outcome.ok, `the table says ${row.id} is refused by ${cell.engine}, but it compiled`).toBe(false);
      const error = (outcome as { error: unknown }).error;
      expect(error).toBeInstanceOf(CoulerError);
      expect((error as CoulerError).code).toBe(cell.errorCode);
    });
  });
});
