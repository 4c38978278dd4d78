import { startStepLauncher } from './early-step-launcher';
import { startWorkflowBundle } from './early-workflow-bundle';

// `couler … | head` closes stdout early: that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const argv = process.argv.slice(2);
// esbuild bundles the workflow file in its own process while the commands load: run-cli is
// imported after, not statically (a static import would load everything first).
startWorkflowBundle(argv, process.cwd());
// The same for the local engine's step launchers: Node processes that start while the CLI loads.
startStepLauncher(argv);
const { runCli } = await import('./run-cli');
process.exitCode = await runCli(argv);
