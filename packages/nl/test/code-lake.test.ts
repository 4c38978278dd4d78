import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { CodeLake, tokenizeCode } from '../src/index';

const lake = CodeLake.create(ts);
const top = (query: string, limit = 4) => lake.search(query, limit).map((hit) => hit.document.id);

describe('the code lake', () => {
  test('holds the examples, the step zoo and every exported function of @couler/dsl', () => {
    const ids = new Set(lake.documents.map((document) => document.id));
    for (const id of ['example:paper/code4-recursive.ts', 'example:automl/automl-workflow.ts', 'step-zoo:steps', 'step-zoo:TensorFlowTrainOptions', 'api:runContainer', 'api:execWhile', 'api:createS3Artifact', 'api:ContainerOptions']) {
      expect(ids.has(id), id).toBe(true);
    }
    expect(lake.dslExports.values.has('runContainer')).toBe(true);
    expect(lake.dslExports.types.has('ContainerOptions')).toBe(true);
    expect(lake.dslExports.values.has('ContainerOptions')).toBe(false);
  });

  test('BM25 retrieval finds the code a subtask needs', () => {
    expect(top('repeat flipping a coin while it comes up tails')).toContain('api:execWhile');
    expect(top('training distributed TensorFlow workers parameter servers')).toContain('step-zoo:TensorFlowTrainOptions');
    expect(top('store the dataset in an S3 bucket')).toContain('api:createS3Artifact');
    expect(top('select the best image classification model ResNet ViT DenseNet')[0]).toBe('example:paper/nl-image-classification.ts');
  });

  test('code words split at case changes so prose finds identifiers', () => {
    expect(tokenizeCode('createParameterArtifact(x)')).toEqual(['createParameterArtifact', 'create', 'Parameter', 'Artifact', 'x']);
  });

  test('the shipped examples are those of the repository (scripts/build-code-lake.mjs --check)', async () => {
    const { stderr } = await promisify(execFile)(process.execPath, [join(import.meta.dirname, '..', 'scripts', 'build-code-lake.mjs'), '--check']);
    expect(stderr).toBe('');
  });
});
