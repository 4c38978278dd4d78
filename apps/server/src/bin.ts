import { parseArgs } from 'node:util';
import { CoulerError } from '@couler/ir';
import { closeOnSignal, startBanner } from './run-until-signal';
import { startServer } from './start-server';

// `couler server` is the way in for users; this entry serves process-level tests and the benchmark.
const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    'db-schema': { type: 'string' },
    home: { type: 'string' },
    host: { type: 'string' },
    port: { type: 'string' },
    'lease-ms': { type: 'string' },
    'poll-ms': { type: 'string' },
    'rate-limit': { type: 'string' },
    'local-cpu': { type: 'string' },
    'secret-file': { type: 'string' },
    quiet: { type: 'boolean' },
  },
});
const number = (text: string | undefined) => (text === undefined ? undefined : Number(text));
try {
  const server = await startServer({
    ...(values.db !== undefined && { db: values.db }),
    ...(values['db-schema'] !== undefined && { dbSchema: values['db-schema'] }),
    ...(values.home !== undefined && { home: values.home }),
    ...(values.host !== undefined && { host: values.host }),
    port: number(values.port) ?? 8080,
    ...(values['lease-ms'] !== undefined && { leaseMs: number(values['lease-ms'])! }),
    ...(values['poll-ms'] !== undefined && { pollMs: number(values['poll-ms'])! }),
    ...(values['rate-limit'] !== undefined && { rateLimit: values['rate-limit'] === 'off' ? false : number(values['rate-limit'])! }),
    ...(values['local-cpu'] !== undefined && { localCluster: { cpu: number(values['local-cpu'])! } }),
    ...(values['secret-file'] !== undefined && { secretFile: values['secret-file'] }),
    ...(values.quiet && { logger: false }),
  });
  process.stdout.write(startBanner(server));
  await closeOnSignal(server, (text) => process.stderr.write(text));
} catch (error) {
  process.stderr.write(`${CoulerError.isInstance(error) ? error.toString() : String(error)}\n`);
  process.exitCode = 1;
}
