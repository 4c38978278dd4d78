import type { CliCommand } from './cli-command';
import { irCommand } from './ir';
import { schemaCommand } from './schema';
import { serverCommand } from './server';
import { cacheCommand } from './cache';
import { cancelCommand } from './cancel';
import { cleanCommand } from './clean';
import { compileCommand } from './compile';
import { generateCommand } from './generate';
import { logsCommand } from './logs';
import { resumeCommand } from './resume';
import { retryCommand } from './retry';
import { runCommand } from './run';
import { runsCommand } from './runs';
import { splitCommand } from './split';
import { sqlCommand } from './sql';
import { statusCommand } from './status';
import { submitCommand } from './submit';
import { tuneCommand } from './tune';
import { validateCommand } from './validate';
import { watchCommand } from './watch';

export type { CliCommand } from './cli-command';

/** Every `couler` command, in the order `--help` lists them. New commands go here. */
export const commands: ReadonlyArray<CliCommand> = [irCommand, validateCommand, schemaCommand, compileCommand, splitCommand, tuneCommand, generateCommand, sqlCommand, runCommand, submitCommand, watchCommand, runsCommand, statusCommand, logsCommand, resumeCommand, retryCommand, cancelCommand, cacheCommand, cleanCommand, serverCommand];
