import { closeOnSignal, startBanner, startServer } from '@couler/server';
import type { CliCommand } from './cli-command';
import { addHomeOption, parsePositiveInteger } from './local/local-options';
import { collectSecret, runArtifactStores, type SecretValues } from './local/secret-options';

interface ServerCommandOptions {
  db?: string;
  port?: number;
  host?: string;
  home?: string;
  cors?: string[];
  secretFile?: string;
  storeSecret?: SecretValues;
  storeSecretFile?: string;
}

/** `couler server`: the Couler service on this machine, zero set-up (SQLite, the local cluster). */
export const serverCommand: CliCommand = {
  name: 'server',
  register(program, context) {
    const command = program
      .command('server')
      .description('start the Couler server: HTTP API, queue, runs on this machine (SQLite under ~/.couler by default)')
      .option('--db <url>', 'postgres://user@host:5432/db, or a SQLite file (default: <home>/server.db)')
      .option('--port <n>', 'port to listen on (default 8080)', parsePositiveInteger('--port'))
      .option('--host <host>', 'address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)')
      .option('--secret-file <file>', 'the secret cluster credentials are encrypted under (default: $COULER_SERVER_SECRET, else <home>/server.key, generated)')
      .option('--store-secret <name=key=value>', "a key of a secret the local cluster's runs read S3/OSS/GCS artifacts with (repeatable; as `couler run --secret`)", (text: string, previous?: SecretValues) =>
        collectSecret(text, previous, '--store-secret'),
      )
      .option('--store-secret-file <file>', 'secrets of the local cluster\'s artifact stores as JSON: { "NAME": { "KEY": "VALUE" } } (as `couler run --secret-file`)')
      .option('--cors <origin>', 'allow browser calls from this origin (repeatable; default none)', (origin: string, previous: string[] = []) => [...previous, origin]);
    return addHomeOption(command).action(async (options: ServerCommandOptions) => {
      // The stores of couler.config's artifactStores, with their secrets: the local cluster's runs
      // read and write remote artifacts as `couler run` does, the secrets never leaving this process.
      const artifactStores = await runArtifactStores({ ...(options.storeSecret && { secret: options.storeSecret }), ...(options.storeSecretFile !== undefined && { secretFile: options.storeSecretFile }) }, context.cwd, '--store-secret-file');
      const server = await startServer({
        localCluster: { artifactStores },
        ...(options.db !== undefined && { db: options.db }),
        ...(options.home !== undefined && { home: options.home }),
        port: options.port ?? 8080,
        ...(options.host !== undefined && { host: options.host }),
        ...(options.cors && { corsOrigins: options.cors }),
        ...(options.secretFile !== undefined && { secretFile: options.secretFile }),
      });
      context.stdout.write(startBanner(server));
      await closeOnSignal(server, (text) => context.stderr.write(text));
    });
  },
};
