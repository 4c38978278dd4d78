import { CoulerError } from '@couler/ir';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database, UserRole } from '../db/database-schema';
import { findCallerByHash } from '../store/identity-store';
import { hashApiToken } from './api-token';
import type { Caller } from './caller';
import type { CallerCache } from './caller-cache';

declare module 'fastify' {
  interface FastifyRequest {
    caller: Caller | null;
  }
}

/** The token of `Authorization: Bearer <token>`, if the header has one. */
export function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  const match = header === undefined ? null : /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}

/** Every route under `prefix` needs a known token; the caller it stands for is `request.caller`. */
export function registerAuthentication(app: FastifyInstance, db: Kysely<Database>, prefix: string, callers: CallerCache): void {
  app.decorateRequest('caller', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith(prefix)) return;
    const token = bearerToken(request);
    if (token === undefined) {
      throw new CoulerError('UNAUTHENTICATED', 'This request needs an API token.', { path: ['headers', 'authorization'], hint: 'Send "Authorization: Bearer <token>"; `couler server` prints the first one when it starts.' });
    }
    const hash = hashApiToken(token);
    const caller = callers.get(hash) ?? (await findCallerByHash(db, hash));
    if (caller) callers.set(hash, caller);
    if (!caller) throw new CoulerError('UNAUTHENTICATED', 'The API token is not known to this server, or was revoked.', { path: ['headers', 'authorization'], hint: 'Ask an admin of your tenant for a new token.' });
    request.caller = caller;
  });
}

export function callerOf(request: FastifyRequest): Caller {
  if (!request.caller) throw new CoulerError('UNAUTHENTICATED', 'This request needs an API token.', { path: ['headers', 'authorization'] });
  return request.caller;
}

const RANK: Record<UserRole, number> = { member: 0, admin: 1, owner: 2 };

/** The caller, if their role is at least `role`; FORBIDDEN otherwise. */
export function requireRole(request: FastifyRequest, role: UserRole): Caller {
  const caller = callerOf(request);
  if (RANK[caller.role] < RANK[role]) {
    throw new CoulerError('FORBIDDEN', `Only ${role === 'owner' ? "the server's owner" : 'an admin of the tenant'} may do this; "${caller.userName}" is ${caller.role === 'admin' ? 'an admin' : `a ${caller.role}`}.`, { path: [] });
  }
  return caller;
}
