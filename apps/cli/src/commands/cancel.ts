import { CoulerError } from '@couler/ir';
import type { CliCommand } from './cli-command';
import { addCoulerServerOptions, coulerServerTarget } from './couler-server/couler-server-client';
import { cancelOnServer } from './couler-server/server-commands';

/** `couler cancel RUN --server URL`: cancels a run on a Couler server (a local run stops with Ctrl-C). */
export const cancelCommand: CliCommand = {
  name: 'cancel',
  register(program, context) {
    const command = program.command('cancel').description('cancel a run on a Couler server: at once when queued, its running steps stopped otherwise').argument('<run>', 'run id');
    return addCoulerServerOptions(command).action(async (run: string, options: { server?: string; token?: string }) => {
      const server = coulerServerTarget(options);
      if (!server) {
        throw new CoulerError('INVALID_FIELD', '`couler cancel` cancels runs on a Couler server; give --server or set COULER_SERVER.', {
          path: ['server'],
          hint: 'A local run stops with Ctrl-C in the terminal running it; `couler resume` continues it later.',
        });
      }
      await cancelOnServer(context, server, run);
    });
  },
};
