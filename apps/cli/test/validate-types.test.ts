import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCouler, scratchWith } from './run-couler';

/** Runs without a problem (the DSL ignores nothing it is given here) but is mistyped twice. */
const MISTYPED = `import { runContainer, workflow } from '@couler/dsl';

export default workflow('mistyped', () => {
  const epochs: number = '10';
  runContainer({ image: 'alpine:3.20', command: ['echo'], args: [String(epochs)], stepName: 'train', timeout: true });
});
`;

// The TypeScript compiler takes a few seconds per file on a busy machine.
describe.concurrent('couler validate --types', { timeout: 180_000 }, () => {
  it('reports TypeScript errors against @couler/dsl with file, line and column, then exits 1', async () => {
    const directory = scratchWith();
    writeFileSync(join(directory, 'mistyped.ts'), MISTYPED);
    const { code, stderr } = await runCouler(['validate', 'mistyped.ts', '--types'], directory);
    expect(code).toBe(1);
    expect(stderr).toContain("error[INVALID_DSL_USAGE]: TS2322: Type 'string' is not assignable to type 'number'.");
    expect(stderr).toContain('  --> mistyped.ts:4:9');
    expect(stderr).toContain("TS2322: Type 'true' is not assignable to type 'Duration | undefined'.");
    expect(stderr).toContain('  --> mistyped.ts:5:');
    expect(stderr).toMatch(/✗ mistyped\.ts: \d+ problems/);
  });

  it('passes a well-typed workflow, and says the types were checked; --json carries TS errors too', async () => {
    const directory = scratchWith('coinflip.ts');
    const clean = await runCouler(['validate', 'coinflip.ts', '--types'], directory);
    expect(clean.stderr).toBe('');
    expect(clean).toMatchObject({ code: 0, stdout: '✓ coinflip: 3 steps, valid, types checked\n' });
    writeFileSync(join(directory, 'mistyped.ts'), MISTYPED);
    const json = await runCouler(['validate', 'mistyped.ts', '--types', '--json'], directory);
    const report = JSON.parse(json.stdout) as { valid: boolean; errors: Array<{ code: string; message: string; locations?: Array<{ line: number }> }> };
    expect(report.valid).toBe(false);
    expect(report.errors[0]).toMatchObject({ code: 'INVALID_DSL_USAGE', locations: [{ line: 4, column: 9 }] });
  });

  it('checks JavaScript files as well, and refuses --types on an IR document with what to do', async () => {
    const directory = scratchWith('valid.yaml');
    writeFileSync(join(directory, 'flow.mjs'), "import { runContainer, workflow } from '@couler/dsl';\nexport default workflow('js-flow', () => { runContainer({ image: 42, stepName: 'a' }); });\n");
    const js = await runCouler(['validate', 'flow.mjs', '--types'], directory);
    expect(js.code).toBe(1);
    expect(js.stderr).toContain("TS2322: Type 'number' is not assignable to type");
    const ir = await runCouler(['validate', 'valid.yaml', '--types'], directory);
    expect(ir.code).toBe(1);
    expect(ir.stderr).toContain('--types checks TypeScript and JavaScript workflow files; "valid.yaml" is an IR document.');
  });
});
