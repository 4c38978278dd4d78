import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coulerHome, runCouler, scratchWith } from './run-couler';

const TUNABLE = `apiVersion: couler.dev/v1alpha1
kind: Workflow
metadata: { name: tiny }
spec:
  parameters: [{ name: depth, type: integer, default: 3 }]
  steps:
    - name: train
      kind: script
      script:
        image: node:20-slim
        command: [node]
        source: "require('fs').mkdirSync('/out',{recursive:true}); require('fs').writeFileSync('/out/m.json', JSON.stringify({ loss: (Number(process.argv[2]) - 5) ** 2 }))"
        args: [{ ref: parameter, name: depth }]
      outputs: { parameters: [{ name: metrics, path: /out/m.json }] }
      tune: { space: { depth: { type: integer, min: 1, max: 9 } }, metric: loss, goal: minimize }
`;

describe('couler tune', () => {
  it('says which endpoint it could not reach and what to check', async () => {
    const directory = scratchWith();
    writeFileSync(join(directory, 'tiny.yaml'), TUNABLE);
    const dataCard = join(directory, 'data.yaml');
    writeFileSync(dataCard, 'name: toy\ninputType: tabular\nlabels: loss\nmetrics: [loss]\n');
    const modelCard = join(directory, 'model.yaml');
    writeFileSync(modelCard, 'name: toy\nstructure: a parabola\ndescription: loss is lowest at depth 5\n');
    const result = await runCouler(['tune', 'tiny.yaml', '--base-url', 'http://127.0.0.1:9/v1', '--model', 'm', '--data-card', dataCard, '--model-card', modelCard, '--candidates', '2'], directory);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('LLM_UNREACHABLE');
    expect(result.stderr).toContain('http://127.0.0.1:9/v1');
    expect(result.stderr).toContain('COULER_LLM_BASE_URL');
  });

  it('--no-llm trains on the local engine and --print-ir prints the tuned workflow', async () => {
    const directory = scratchWith();
    writeFileSync(join(directory, 'tiny.yaml'), TUNABLE);
    const result = await runCouler(['tune', 'tiny.yaml', '--no-llm', '--budget', '9', '--home', coulerHome(), '--print-ir'], directory);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('step train: minimize loss — no LLM: seeded random search, trained for real');
    expect(result.stdout).toMatch(/chosen: depth=5\n/);
    expect(result.stdout).toMatch(/---\napiVersion: couler.dev\/v1alpha1[\s\S]*- name: depth\n\s+type: integer\n\s+default: 5/);
  });
});
