import { createServer, type CoulerServer } from './create-server';
import type { ServerOptions } from './server-options';

export interface StartedServer extends CoulerServer {
  readonly url: string;
}

/** Creates the server and starts listening and taking work. */
export async function startServer(options: ServerOptions = {}): Promise<StartedServer> {
  const server = await createServer(options);
  try {
    const url = await server.listen();
    return Object.assign(server, { url });
  } catch (error) {
    await server.close();
    throw error;
  }
}
