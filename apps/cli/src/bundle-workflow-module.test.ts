import { writeFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchWith } from '../test/run-couler';
import { bundleWorkflowModule } from './bundle-workflow-module';
import { ownPackageAliases } from './own-package-aliases';

const SOURCE = "import { workflow } from '@couler/dsl';\n\ntype Tag = string;\nconst tag: Tag = 'v1';\nexport default () => new Error(tag);\nexport const build = workflow;\n";

/** The line (1-based) of the user's file that `bundle`'s map gives for the first code line holding `text`. */
function originalLineOf(bundle: Awaited<ReturnType<typeof bundleWorkflowModule>>, text: string): number | undefined {
  const line = bundle.code.split('\n').findIndex((codeLine) => codeLine.includes(text));
  const entry = new SourceMap(bundle.map()).findEntry(line, bundle.code.split('\n')[line]!.indexOf(text)) as { originalLine?: number };
  return entry.originalLine === undefined ? undefined : entry.originalLine + 1;
}

describe('bundleWorkflowModule', () => {
  it('keeps packages as require() calls and names the CLI’s own copies in packageAliases', async () => {
    const file = join(scratchWith(), 'wf.ts');
    writeFileSync(file, SOURCE);
    const bundle = await bundleWorkflowModule(file, ownPackageAliases());
    expect(bundle.code).toContain('require("@couler/dsl")');
    expect(bundle.packageAliases['@couler/dsl']).toMatch(/dsl[\\/]dist[\\/]index\.js$/);
  });

  it('makes the source map when first asked, pointing at the user’s lines', async () => {
    const file = join(scratchWith(), 'wf.ts');
    writeFileSync(file, SOURCE);
    const bundle = await bundleWorkflowModule(file, ownPackageAliases());
    expect(originalLineOf(bundle, 'new Error(tag)')).toBe(5);
  });

  it('maps nothing once the file has changed since it was bundled, rather than to lines no longer there', async () => {
    const file = join(scratchWith(), 'wf.ts');
    writeFileSync(file, SOURCE);
    const bundle = await bundleWorkflowModule(file, ownPackageAliases());
    writeFileSync(file, `// a comment\nconst extra = 1;\n${SOURCE.replace("'v1'", "'v2'")}`);
    expect(bundle.map().mappings).toBe('');
    expect(originalLineOf(bundle, 'new Error(tag)')).toBeUndefined();
  });
});
