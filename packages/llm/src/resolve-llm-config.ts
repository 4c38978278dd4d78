import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CoulerError, formatPath } from '@couler/ir';
import { parse } from 'yaml';
import { LLM_DEFAULTS, LlmSettingsSchema, type LlmConfig, type LlmSettings } from './llm-settings';

/** The environment variables the client reads. */
export const LLM_ENV = {
  baseUrl: 'COULER_LLM_BASE_URL',
  apiKey: 'COULER_LLM_API_KEY',
  model: 'COULER_LLM_MODEL',
  /** The model that embeds text for retrieval; without it, retrieval does without embeddings. */
  embeddingModel: 'COULER_LLM_EMBEDDING_MODEL',
  /** A config file (JSON or YAML) with any of the settings. */
  configFile: 'COULER_LLM_CONFIG',
} as const;

/** What to tell a user who has configured no endpoint; commands add their flags. */
export const LLM_SETUP_HINT =
  `Set ${LLM_ENV.baseUrl} (an OpenAI-compatible API root, e.g. http://127.0.0.1:11434/v1 for a local Ollama, http://127.0.0.1:8080/v1 for llama.cpp's server, https://api.openai.com/v1) ` +
  `and ${LLM_ENV.model} (e.g. llama3.1:8b, gpt-4o-mini), plus ${LLM_ENV.apiKey} if the endpoint needs a key; ` +
  `or pass --base-url and --model; or name a JSON/YAML file with baseUrl, model, apiKey in ${LLM_ENV.configFile} or --llm-config.`;

export interface ResolveLlmConfigInput {
  /** Explicit settings (CLI flags, code): they win over everything else. */
  readonly options?: LlmSettings;
  /** Default `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** A JSON or YAML file of settings; default the file `COULER_LLM_CONFIG` names, if any. */
  readonly configFile?: string;
  /** Resolves a relative `configFile` (default the process's working directory). */
  readonly cwd?: string;
}

/**
 * The settings to run with: explicit options, else the environment, else the config file, else
 * the defaults. Undefined when no endpoint (base URL and model) is configured anywhere.
 * @throws CoulerError `INVALID_FIELD` for a setting of the wrong shape, `LOAD_FAILED` for an unreadable config file.
 */
export function findLlmConfig(input: ResolveLlmConfigInput = {}): LlmConfig | undefined {
  const env = input.env ?? process.env;
  const fileName = input.configFile ?? nonEmpty(env[LLM_ENV.configFile]);
  const fromFile = fileName === undefined ? {} : readSettingsFile(resolve(input.cwd ?? process.cwd(), fileName));
  const fromEnv = checkSettings(
    {
      ...(nonEmpty(env[LLM_ENV.baseUrl]) && { baseUrl: env[LLM_ENV.baseUrl] }),
      ...(nonEmpty(env[LLM_ENV.apiKey]) && { apiKey: env[LLM_ENV.apiKey] }),
      ...(nonEmpty(env[LLM_ENV.model]) && { model: env[LLM_ENV.model] }),
      ...(nonEmpty(env[LLM_ENV.embeddingModel]) && { embeddingModel: env[LLM_ENV.embeddingModel] }),
    },
    'the environment',
  );
  const explicit = checkSettings(withoutUndefined(input.options ?? {}), 'the options');
  const settings: LlmSettings = { ...fromFile, ...fromEnv, ...explicit };
  if (settings.baseUrl === undefined || settings.model === undefined) return undefined;
  return { ...LLM_DEFAULTS, ...settings, baseUrl: settings.baseUrl, model: settings.model };
}

/**
 * Like `findLlmConfig`, for commands that cannot work without an LLM.
 * @throws CoulerError `LLM_NOT_CONFIGURED` naming what is missing and every way to set it.
 */
export function resolveLlmConfig(input: ResolveLlmConfigInput = {}): LlmConfig {
  const config = findLlmConfig(input);
  if (config) return config;
  const env = input.env ?? process.env;
  const partial = { baseUrl: input.options?.baseUrl ?? env[LLM_ENV.baseUrl], model: input.options?.model ?? env[LLM_ENV.model] };
  const missing = [!nonEmpty(partial.baseUrl) && `the endpoint's base URL (${LLM_ENV.baseUrl})`, !nonEmpty(partial.model) && `the model (${LLM_ENV.model})`].filter(Boolean);
  throw new CoulerError('LLM_NOT_CONFIGURED', `No LLM endpoint is configured: ${missing.length > 0 ? missing.join(' and ') : 'the config file lacks baseUrl or model'} ${missing.length > 1 ? 'are' : 'is'} not set.`, {
    hint: LLM_SETUP_HINT,
  });
}

function readSettingsFile(file: string): LlmSettings {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CoulerError('LOAD_FAILED', `Cannot read the LLM config file ${file}: ${(error as Error).message}.`, { hint: `Fix the path in --llm-config or ${LLM_ENV.configFile}.`, cause: error });
  }
  let value: unknown;
  try {
    value = parse(text);
  } catch (error) {
    throw new CoulerError('INVALID_DOCUMENT', `The LLM config file ${file} is not JSON or YAML: ${(error as Error).message.split('\n')[0]}`, { cause: error });
  }
  return checkSettings(value ?? {}, file);
}

function checkSettings(value: unknown, source: string): LlmSettings {
  const parsed = LlmSettingsSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const errors = parsed.error.issues.map(
    (issue) => new CoulerError('INVALID_FIELD', `LLM setting ${formatPath(issue.path as Array<string | number>) || '(the whole value)'} from ${source}: ${issue.message}.`, { path: issue.path as Array<string | number> }),
  );
  if (errors.length === 1) throw errors[0]!;
  throw new CoulerError('INVALID_FIELD', `${errors.length} LLM settings from ${source} are wrong.`, { errors });
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}
