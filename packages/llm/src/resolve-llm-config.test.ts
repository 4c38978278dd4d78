import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLlmConfig, resolveLlmConfig } from './resolve-llm-config';

const dir = mkdtempSync(join(tmpdir(), 'couler-llm-config-'));
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

describe('resolveLlmConfig', () => {
  it('reads the three environment variables and fills in the defaults', () => {
    const config = resolveLlmConfig({ env: { COULER_LLM_BASE_URL: 'http://127.0.0.1:11434/v1', COULER_LLM_MODEL: 'llama3.1:8b', COULER_LLM_API_KEY: 'k' } });
    expect(config).toEqual({ baseUrl: 'http://127.0.0.1:11434/v1', model: 'llama3.1:8b', apiKey: 'k', timeoutMs: 120_000, maxRetries: 4, maxRetryWaitMs: 60_000, concurrency: 4, maxRepairs: 2, structuredOutput: 'auto' });
  });

  it('takes explicit options over the environment, and the environment over a config file (YAML or JSON)', () => {
    const yaml = file('llm.yaml', 'baseUrl: http://file.example/v1\nmodel: from-file\nconcurrency: 2\nprices: { inputPerMillionTokens: 1, outputPerMillionTokens: 2 }\n');
    const env = { COULER_LLM_CONFIG: yaml, COULER_LLM_MODEL: 'from-env' };
    expect(resolveLlmConfig({ env })).toMatchObject({ baseUrl: 'http://file.example/v1', model: 'from-env', concurrency: 2, prices: { inputPerMillionTokens: 1 } });
    expect(resolveLlmConfig({ env, options: { model: 'from-flag', baseUrl: undefined } })).toMatchObject({ model: 'from-flag', baseUrl: 'http://file.example/v1' });
    const json = file('llm.json', JSON.stringify({ baseUrl: 'https://api.example.com/v1', model: 'm', structuredOutput: 'prompt' }));
    expect(resolveLlmConfig({ env: {}, configFile: json })).toMatchObject({ baseUrl: 'https://api.example.com/v1', structuredOutput: 'prompt' });
  });

  it('reads the embedding model from the options, COULER_LLM_EMBEDDING_MODEL or the file, in that order', () => {
    const yaml = file('embed.yaml', 'baseUrl: http://file.example/v1\nmodel: m\nembeddingModel: from-file\n');
    expect(resolveLlmConfig({ env: { COULER_LLM_CONFIG: yaml } }).embeddingModel).toBe('from-file');
    expect(resolveLlmConfig({ env: { COULER_LLM_CONFIG: yaml, COULER_LLM_EMBEDDING_MODEL: 'nomic-embed-text' } }).embeddingModel).toBe('nomic-embed-text');
    expect(resolveLlmConfig({ env: { COULER_LLM_CONFIG: yaml }, options: { embeddingModel: 'from-flag' } }).embeddingModel).toBe('from-flag');
  });

  it('says which settings are missing and every way to give them', () => {
    expect(findLlmConfig({ env: {} })).toBeUndefined();
    expect(() => resolveLlmConfig({ env: { COULER_LLM_MODEL: 'm' } })).toThrow(
      expect.objectContaining({
        code: 'LLM_NOT_CONFIGURED',
        message: "No LLM endpoint is configured: the endpoint's base URL (COULER_LLM_BASE_URL) is not set.",
        hint: expect.stringMatching(/COULER_LLM_BASE_URL.*Ollama.*COULER_LLM_MODEL.*COULER_LLM_API_KEY.*--base-url and --model.*--llm-config/),
      }),
    );
    expect(() => resolveLlmConfig({ env: { COULER_LLM_BASE_URL: ' ' } })).toThrow(expect.objectContaining({ message: expect.stringContaining('base URL (COULER_LLM_BASE_URL) and the model (COULER_LLM_MODEL) are not set') }));
  });

  it('refuses wrong settings by name and source', () => {
    expect(() => resolveLlmConfig({ env: { COULER_LLM_BASE_URL: 'localhost:11434', COULER_LLM_MODEL: 'm' } })).toThrow(expect.objectContaining({ code: 'INVALID_FIELD', message: expect.stringContaining('LLM setting baseUrl from the environment') }));
    const bad = file('bad.yaml', 'baseUrl: http://x/v1\nmodel: m\nconcurency: 2\n');
    expect(() => resolveLlmConfig({ env: {}, configFile: bad })).toThrow(expect.objectContaining({ code: 'INVALID_FIELD', message: expect.stringContaining(`from ${bad}: Unrecognized key: "concurency"`) }));
    expect(() => resolveLlmConfig({ env: {}, configFile: join(dir, 'missing.yaml') })).toThrow(expect.objectContaining({ code: 'LOAD_FAILED', hint: expect.stringContaining('--llm-config') }));
  });
});
