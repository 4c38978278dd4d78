/**
 * `@couler/backend-local/launcher`: what a program may do before it loads the engine. Small on
 * purpose: the CLI imports it first thing for `couler run`, so that the step launchers start
 * while the rest loads.
 */
export { prestartLauncher } from './engine/launcher/prestarted-launchers';
