import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CoulerError, didYouMean } from '@couler/ir';
import {
  iterateScenario,
  OFFLINE_CACHE_POLICY_IDS,
  ONLINE_CACHE_POLICY_IDS,
  PAPER_SCENARIOS,
  parseByteSize,
  parseTrace,
  renamedCachePolicyError,
  simulatePolicy,
  type SimulatePolicyResult,
  type Workload,
} from '@couler/optimizer-caching';
import type { Command } from 'commander';
import type { CliContext } from '../../cli-context';
import { formatDuration } from '../local/format-duration';
import { table } from '../local/with-state';

interface SimulateOptions {
  scenario?: string;
  trace?: string;
  capacity?: string;
  policy?: string[];
  json?: boolean;
}

/** Every policy the simulator knows, online then offline: the default of `--policy`. */
export const SIMULATED_POLICY_IDS: ReadonlyArray<string> = [...ONLINE_CACHE_POLICY_IDS, ...OFFLINE_CACHE_POLICY_IDS];

const collect = (value: string, previous: string[] = []) => [...previous, value];

/**
 * `couler cache simulate`: replays a paper scenario (`--scenario`) or a recorded trace
 * (`--trace`, from `couler cache export-trace`) under each policy, and prints one row per policy.
 */
export function addSimulateCommand(cache: Command, context: CliContext): Command {
  return cache
    .command('simulate')
    .description('compare cache policies on a paper scenario or on a trace of your runs')
    .option('--scenario <name>', `a paper scenario: ${Object.keys(PAPER_SCENARIOS).join(', ')}`)
    .option('--trace <file>', 'a cache trace (JSON Lines), e.g. from couler cache export-trace')
    .option('--capacity <size>', 'cache size: 10GB, 512MiB, 2e9 …')
    .option('--policy <id>', `a policy to simulate (repeatable; default all: ${SIMULATED_POLICY_IDS.join(', ')})`, collect)
    .option('--json', 'print the results as JSON')
    .action(async (options: SimulateOptions) => {
      const workload = await loadWorkload(options, context);
      if (options.capacity === undefined) {
        throw new CoulerError('INVALID_FIELD', 'couler cache simulate needs --capacity, the size of the simulated cache.', { hint: 'Example: --capacity 20GB' });
      }
      const capacityBytes = parseByteSize(options.capacity);
      const policies = options.policy ?? SIMULATED_POLICY_IDS;
      for (const policy of policies) {
        if (!SIMULATED_POLICY_IDS.includes(policy)) {
          const renamed = renamedCachePolicyError(policy);
          if (renamed) throw renamed;
          throw new CoulerError('INVALID_FIELD', `There is no cache policy "${policy}".${didYouMean(policy, SIMULATED_POLICY_IDS)}`, {
            path: ['policy'],
            hint: `Known policies: ${SIMULATED_POLICY_IDS.join(', ')}.`,
          });
        }
      }
      const results: SimulatePolicyResult[] = [];
      for (const policy of policies) results.push(await simulatePolicy(workload, policy, { capacityBytes }));
      if (options.json) {
        context.stdout.write(`${JSON.stringify(results.map(({ plan: _plan, ...result }) => result), null, 2)}\n`);
        return;
      }
      context.stdout.write(`${policyTable(workload, capacityBytes, results)}\n`);
    });
}

async function loadWorkload(options: SimulateOptions, context: CliContext): Promise<Workload> {
  if ((options.scenario === undefined) === (options.trace === undefined)) {
    throw new CoulerError('INVALID_FIELD', 'couler cache simulate needs one of --scenario or --trace.', {
      hint: `Scenarios: ${Object.keys(PAPER_SCENARIOS).join(', ')}. A trace: couler cache export-trace -o history.jsonl.`,
    });
  }
  if (options.trace !== undefined) return parseTrace(await readFile(resolve(context.cwd, options.trace), 'utf8'));
  const scenarios = Object.keys(PAPER_SCENARIOS);
  const make = PAPER_SCENARIOS[options.scenario as keyof typeof PAPER_SCENARIOS];
  if (!Object.hasOwn(PAPER_SCENARIOS, options.scenario!) || !make) {
    throw new CoulerError('INVALID_FIELD', `There is no scenario "${options.scenario}".${didYouMean(options.scenario!, scenarios)}`, {
      path: ['scenario'],
      hint: `Scenarios: ${scenarios.join(', ')}.`,
    });
  }
  return iterateScenario(make());
}

const duration = (seconds: number) => formatDuration(seconds * 1000);
const ratio = (value: number) => value.toFixed(3);

function bytes(value: number): string {
  for (const [unit, size] of [['TB', 1e12], ['GB', 1e9], ['MB', 1e6], ['KB', 1e3]] as const) if (value >= size) return `${(value / size).toFixed(1)}${unit}`;
  return `${value}B`;
}

/** One row per policy; the shortest makespan within the capacity is marked (`all` ignores it: a ceiling, not a choice). */
export function policyTable(workload: Workload, capacityBytes: number, results: ReadonlyArray<SimulatePolicyResult>): string {
  const bounded = results.filter((result) => result.policyId !== 'all');
  const best = Math.min(...bounded.map((result) => result.makespanSeconds));
  const rows = results.map((result) => [
    `${result.policyId !== 'all' && result.makespanSeconds === best ? '*' : ' '} ${result.policyId}`,
    ratio(result.hitRatio),
    ratio(result.byteHitRatio),
    `${result.hits}/${result.lookups}`,
    duration(result.makespanSeconds),
    duration(result.recomputeSecondsSaved),
    bytes(result.bytesWrittenToCache),
    String(result.evictions),
  ]);
  const title = `${workload.name}: ${workload.steps.length} steps, ${workload.runs.length} runs, cache ${bytes(capacityBytes)} (* shortest makespan within it)`;
  return `${title}\n${table([['  POLICY', 'HIT RATIO', 'BYTE HIT RATIO', 'HITS', 'MAKESPAN', 'SAVED', 'WRITTEN', 'EVICTIONS'], ...rows])}`;
}
