import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

export type Run = components['schemas']['Run'];
export type RunStep = components['schemas']['RunStep'];
export type RunDetail = components['schemas']['RunDetail'];
export type RunStepTreeNode = components['schemas']['RunStepTreeNode'];
export type RunEvent = components['schemas']['RunEvent'];
export type ApiError = components['schemas']['Error']['error'];
export type RunPhase = Run['phase'];
export type RegisteredStep = components['schemas']['RegisteredStep'];
export type StepRegistration = components['schemas']['StepRegistrationInput'];
export type RunArtifactList = components['schemas']['RunArtifactList'];
export type RunArtifact = RunArtifactList['items'][number];

const TOKEN_KEY = 'couler.token';

export const readToken = (): string | null => localStorage.getItem(TOKEN_KEY);
export const saveToken = (token: string): void => localStorage.setItem(TOKEN_KEY, token);
export const forgetToken = (): void => localStorage.removeItem(TOKEN_KEY);

// The token is read on every request, so signing in or out takes effect at once.
const bearer: Middleware = {
  onRequest({ request }) {
    const token = readToken();
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    return request;
  },
};

/** The server's API, typed from its own OpenAPI document (generated at build time). */
export const api = createClient<paths>({ baseUrl: window.location.origin });
api.use(bearer);

/** The server's error, or one in the same shape for a failure that never reached it. */
export function toApiError(error: unknown): ApiError {
  if (error && typeof error === 'object' && 'error' in error) return (error as { error: ApiError }).error;
  return { code: 'NETWORK', message: error instanceof Error ? error.message : String(error), path: [] };
}

/** `data`, or throws the server's error body. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error } = await call;
  if (error !== undefined || data === undefined) throw toApiError(error ?? { error: { code: 'EMPTY', message: 'The server answered with nothing.', path: [] } });
  return data;
}
