import { CoulerError } from '@couler/ir';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf, requireRole } from '../auth/authenticate';
import { notFound } from '../http/error-body';
import type { ServerContext } from '../server-context';
import { createTenant, createUser, findTenantByName, getUser, issueToken, listUsers, quotaOf, revokeToken, setUserQuota, type UserRow } from '../store/identity-store';
import { ERROR_RESPONSES, IdParams } from './route-schemas';

const Name = z.string().min(1).max(100).regex(/^[\p{L}\p{N}][\p{L}\p{N} ._@-]*$/u, 'Use letters, digits, space, ".", "_", "@" or "-", starting with a letter or digit');
const Quota = z
  .object({
    cpu: z.number().min(0).nullable().optional().meta({ description: 'Cores; null: no limit.' }),
    memory: z.number().min(0).nullable().optional().meta({ description: 'Bytes; null: no limit.' }),
    gpu: z.number().int().min(0).nullable().optional(),
    runs: z.number().int().min(0).nullable().optional().meta({ description: 'Runs at once.' }),
  })
  .strict();
const UserSchema = z
  .object({ id: z.string(), tenantId: z.string(), name: z.string(), role: z.enum(['owner', 'admin', 'member']), quota: z.object({ cpu: z.number().nullable(), memory: z.number().nullable(), gpu: z.number().nullable(), runs: z.number().nullable() }), createdAt: z.string() })
  .meta({ id: 'User' });
const TokenSchema = z.object({ id: z.string(), token: z.string().meta({ description: 'Shown this once; the server keeps only its hash.' }) });

const userView = (row: UserRow) => ({ id: row.id, tenantId: row.tenant_id, name: row.name, role: row.role, quota: quotaOf(row), createdAt: row.created_at });

/** A unique-constraint violation, on SQLite and PostgreSQL. */
function isUniqueViolation(error: unknown): boolean {
  const { code } = error as { code?: string };
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

export function identityRoutes(context: ServerContext): FastifyPluginAsyncZod {
  const { db } = context.database;
  return async (app) => {
    app.get('/me', { schema: { summary: 'Who the token belongs to', tags: ['identity'], response: { 200: UserSchema, ...ERROR_RESPONSES } } }, async (request) => {
      const caller = callerOf(request);
      return userView((await getUser(db, caller.tenantId, caller.userId))!);
    });

    app.post(
      '/tenants',
      {
        schema: {
          summary: 'Create a tenant with its first admin (server owner only)',
          tags: ['identity'],
          body: z.object({ name: Name, admin: z.object({ name: Name, quota: Quota.optional() }).strict() }).strict(),
          response: { 201: z.object({ tenant: z.object({ id: z.string(), name: z.string() }), admin: UserSchema, token: TokenSchema }), ...ERROR_RESPONSES },
        },
      },
      async (request, reply) => {
        requireRole(request, 'owner');
        const now = context.now();
        if (await findTenantByName(db, request.body.name)) throw new CoulerError('DUPLICATE_NAME', `A tenant "${request.body.name}" exists already.`, { path: ['body', 'name'] });
        const result = await db.transaction().execute(async (trx) => {
          const tenant = await createTenant(trx, request.body.name, now);
          const admin = await createUser(trx, { tenantId: tenant.id, name: request.body.admin.name, role: 'admin', ...(request.body.admin.quota && { quota: request.body.admin.quota }) }, now);
          const token = await issueToken(trx, { tenantId: tenant.id, userId: admin.id }, 'first token', now);
          return { tenant: { id: tenant.id, name: tenant.name }, admin: userView(admin), token };
        });
        return reply.code(201).send(result);
      },
    );

    app.get('/users', { schema: { summary: "The tenant's users (admin)", tags: ['identity'], response: { 200: z.object({ items: z.array(UserSchema) }), ...ERROR_RESPONSES } } }, async (request) => {
      const caller = requireRole(request, 'admin');
      return { items: (await listUsers(db, caller.tenantId)).map(userView) };
    });

    app.post(
      '/users',
      {
        schema: {
          summary: 'Add a user to the tenant, with a first token (admin)',
          tags: ['identity'],
          body: z.object({ name: Name, role: z.enum(['admin', 'member']).default('member'), quota: Quota.optional() }).strict(),
          response: { 201: z.object({ user: UserSchema, token: TokenSchema }), ...ERROR_RESPONSES },
        },
      },
      async (request, reply) => {
        const caller = requireRole(request, 'admin');
        const now = context.now();
        try {
          const result = await db.transaction().execute(async (trx) => {
            const user = await createUser(trx, { tenantId: caller.tenantId, name: request.body.name, role: request.body.role, ...(request.body.quota && { quota: request.body.quota }) }, now);
            const token = await issueToken(trx, { tenantId: caller.tenantId, userId: user.id }, 'first token', now);
            return { user: userView(user), token };
          });
          return reply.code(201).send(result);
        } catch (error) {
          if (isUniqueViolation(error)) throw new CoulerError('DUPLICATE_NAME', `The tenant has a user "${request.body.name}" already.`, { path: ['body', 'name'] });
          throw error;
        }
      },
    );

    app.put(
      '/users/:id/quota',
      { schema: { summary: "Set a user's quota (admin)", tags: ['identity'], params: IdParams, body: Quota, response: { 200: UserSchema, ...ERROR_RESPONSES } } },
      async (request) => {
        const caller = requireRole(request, 'admin');
        if (!(await setUserQuota(db, caller.tenantId, request.params.id, request.body))) throw notFound('user', request.params.id);
        context.dispatcher.wake();
        return userView((await getUser(db, caller.tenantId, request.params.id))!);
      },
    );

    app.post(
      '/users/:id/tokens',
      { schema: { summary: 'Issue another token for a user (admin, or the user)', tags: ['identity'], params: IdParams, body: z.object({ name: Name.default('token') }).strict().default({ name: 'token' }), response: { 201: TokenSchema, ...ERROR_RESPONSES } } },
      async (request, reply) => {
        const caller = callerOf(request);
        if (caller.userId !== request.params.id) requireRole(request, 'admin');
        const user = await getUser(db, caller.tenantId, request.params.id);
        if (!user) throw notFound('user', request.params.id);
        return reply.code(201).send(await issueToken(db, { tenantId: caller.tenantId, userId: user.id }, request.body.name, context.now()));
      },
    );

    app.delete('/tokens/:id', { schema: { summary: 'Revoke a token (admin)', tags: ['identity'], params: IdParams, response: { 204: z.null(), ...ERROR_RESPONSES } } }, async (request, reply) => {
      const caller = requireRole(request, 'admin');
      if (!(await revokeToken(db, caller.tenantId, request.params.id, context.now()))) throw notFound('token', request.params.id);
      context.callers.clear();
      return reply.code(204).send(null);
    });
  };
}
