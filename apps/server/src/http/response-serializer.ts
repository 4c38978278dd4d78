import fastJsonStringify from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify/types/schema';
import { type ZodType, z } from 'zod';

/**
 * Route responses written by a serializer compiled once per route from the JSON Schema of its
 * zod response schema (fast-json-stringify, Fastify's own), instead of checking each answer with
 * zod and then `JSON.stringify`: zod's check was the largest cost of a status query after the
 * socket write in a CPU profile. As with zod, only the schema's fields are written (a field a
 * handler adds by mistake never leaks) and an answer without a required field fails instead of
 * going out. A schema fast-json-stringify cannot take fails the server's start, not a request.
 */
export const responseSerializerCompiler: FastifySerializerCompiler<ZodType> = ({ schema }) =>
  fastJsonStringify(z.toJSONSchema(schema, { io: 'output', target: 'draft-7', unrepresentable: 'any' }) as never);
