import { fc, test as propertyTest } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { authorizationHeader, resolveArgoServerConnection } from './argo-server-connection';

describe('resolveArgoServerConnection', () => {
  test('no server anywhere: INVALID_FIELD at server, with the port-forward recipe', () => {
    expect(() => resolveArgoServerConnection({ env: {} })).toThrow(
      expect.objectContaining({
        code: 'INVALID_FIELD',
        path: ['server'],
        message: 'No Argo Server was given.',
        hint: 'Pass --server https://<host>:2746 or set ARGO_SERVER. Without an ingress: kubectl -n argo port-forward svc/argo-server 2746:2746, then --server https://localhost:2746.',
      }),
    );
  });

  test('host:port as ARGO_SERVER takes it: https, or http with ARGO_SECURE=false; namespace defaults to "default"', () => {
    expect(resolveArgoServerConnection({ env: { ARGO_SERVER: 'localhost:2746' } })).toEqual({ baseUrl: 'https://localhost:2746/', namespace: 'default' });
    expect(resolveArgoServerConnection({ env: { ARGO_SERVER: 'localhost:2746', ARGO_SECURE: 'false' } }).baseUrl).toBe('http://localhost:2746/');
    expect(resolveArgoServerConnection({ server: 'https://argo.example.com/ui?x=1#top', env: {} }).baseUrl).toBe('https://argo.example.com/ui/');
  });

  test('a bad address or namespace is a located error', () => {
    expect(() => resolveArgoServerConnection({ server: 'http://exa mple', env: {} })).toThrow(expect.objectContaining({ path: ['server'], message: 'The Argo Server address "http://exa mple" is not a URL.' }));
    expect(() => resolveArgoServerConnection({ server: 'ftp://host', env: {} })).toThrow(expect.objectContaining({ path: ['server'], message: 'The Argo Server address must be http:// or https://, not ftp://.' }));
    expect(() => resolveArgoServerConnection({ server: 'localhost:2746', namespace: 'Team_A', env: {} })).toThrow(expect.objectContaining({ path: ['namespace'], message: '"Team_A" is not a Kubernetes namespace name.' }));
  });
});

describe('authorizationHeader', () => {
  test('adds "Bearer " when missing, normalizes its case, keeps Basic, drops blanks', () => {
    expect(authorizationHeader('abc')).toBe('Bearer abc');
    expect(authorizationHeader('BEARER  abc ')).toBe('Bearer abc');
    expect(authorizationHeader('Basic dXNlcjpwYXNz')).toBe('Basic dXNlcjpwYXNz');
    expect(authorizationHeader('basic   dXNlcjpwYXNz')).toBe('Basic dXNlcjpwYXNz');
    expect(authorizationHeader('  ')).toBeUndefined();
    expect(authorizationHeader(undefined)).toBeUndefined();
  });

  propertyTest.prop([fc.string({ unit: 'grapheme-ascii', minLength: 1 })], { numRuns: 200 })('is idempotent and always one Bearer or Basic header', (token) => {
    const header = authorizationHeader(token);
    if (token.trim() === '') {
      expect(header).toBeUndefined();
      return;
    }
    expect(header).toMatch(/^(Bearer|Basic) /);
    expect(authorizationHeader(header)).toBe(header);
  });
});
