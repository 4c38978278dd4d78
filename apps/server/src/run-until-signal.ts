import type { StartedServer } from './start-server';

/**
 * Keeps a started server until SIGTERM or SIGINT, then closes it gracefully (requests in flight
 * finish, runs go back to the queue with their leases released). A second signal exits at once.
 */
export function closeOnSignal(server: StartedServer, write: (text: string) => void): Promise<void> {
  return new Promise((resolve) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) process.exit(130);
      stopping = true;
      write(`${signal}: stopping (runs in progress go back to the queue)…\n`);
      void server.close().finally(() => {
        process.off('SIGTERM', stop);
        process.off('SIGINT', stop);
        resolve();
      });
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
}

/** The lines a person reads when the server starts. */
export function startBanner(server: StartedServer): string {
  const lines = [`Couler server listening on ${server.url} (database: ${server.database.location})`, ...(server.servesGui ? [`  GUI: ${server.url}/`] : []), `  API docs: ${server.url}/docs`];
  if (server.ownerToken !== undefined) {
    lines.push(`  owner token (shown once, stored hashed): ${server.ownerToken}`, `  use it: export COULER_SERVER=${server.url} COULER_TOKEN=${server.ownerToken}`);
  }
  return `${lines.join('\n')}\n`;
}
