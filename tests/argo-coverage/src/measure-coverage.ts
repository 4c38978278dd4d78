import { type ArgoField, listArgoFields, MEASURED_DEFINITIONS, type MeasuredDefinition } from './argo-schema-fields';
import { type CompileOutcome, type CompileRequest, compileKey, compileThroughCli } from './compile-through-cli';
import { findAtPath, isPresent } from './find-at-path';
import { loadProbes } from './load-probes';
import type { ArgoFieldProbe } from './probe';

/**
 * - `covered`: the probe's workflow compiled and the field came out at its path.
 * - `out of scope`: the probe names why (counts against the total all the same).
 * - `missing`: no probe.
 * - `failing`: a probe claims coverage but the field did not come out (a regression).
 */
export type FieldStatus = 'covered' | 'out of scope' | 'missing' | 'failing';

export interface FieldCoverage extends ArgoField {
  status: FieldStatus;
  /** The reason (out of scope), or what went wrong (failing). */
  note?: string;
  /** The probe file, when there is a probe. */
  file?: string;
}

export interface CoverageMeasurement {
  fields: FieldCoverage[];
  covered: number;
  total: number;
  byDefinition: Array<{ definition: MeasuredDefinition; covered: number; outOfScope: number; total: number }>;
}

type LoadedProbe = ArgoFieldProbe & { file: string };

/**
 * A probe is either a workflow with a path or a reason, and names a real field. A field may have
 * several probes that cover it (each must), but not a reason beside them.
 */
function checkProbes(probes: readonly LoadedProbe[], fields: readonly ArgoField[]): Map<string, LoadedProbe[]> {
  const known = new Set(fields.map((field) => field.field));
  const byField = new Map<string, LoadedProbe[]>();
  for (const probe of probes) {
    const where = `src/probes/${probe.file}: probe for "${probe.field}"`;
    if (!known.has(probe.field)) throw new Error(`${where} names no field of the measured definitions (${MEASURED_DEFINITIONS.join(', ')}).`);
    const claims = (probe.workflow !== undefined) !== (probe.command !== undefined) && probe.path !== undefined;
    if (claims === (probe.outOfScope !== undefined)) throw new Error(`${where} needs either workflow (or command) and path, or outOfScope.`);
    const others = byField.get(probe.field) ?? [];
    const mixed = others.find((other) => (other.outOfScope === undefined) !== (probe.outOfScope === undefined) || probe.outOfScope !== undefined);
    if (mixed) throw new Error(`${where} contradicts or repeats the one in src/probes/${mixed.file}; keep one reason, or only probes that cover it.`);
    byField.set(probe.field, [...others, probe]);
  }
  return byField;
}

/** What a probe compiles: its workflow with its options, or its command alone. */
function requestOf(probe: ArgoFieldProbe): CompileRequest {
  return probe.command !== undefined ? { cliOptions: probe.command } : { source: probe.workflow!, ...(probe.cliOptions && { cliOptions: probe.cliOptions }) };
}

/** Why a probe that claims coverage does not cover, or undefined when it does. */
function probeFailure(probe: LoadedProbe, outcomes: Map<string, CompileOutcome>): string | undefined {
  const outcome = outcomes.get(compileKey(requestOf(probe)))!;
  if (!outcome.ok) return `the workflow did not compile: ${outcome.problem}`;
  const found = outcome.documents.some((document) => findAtPath(document, probe.path!).some(isPresent));
  return found ? undefined : `nothing at ${probe.path} in the compiled document`;
}

function judge(field: ArgoField, probes: readonly LoadedProbe[], outcomes: Map<string, CompileOutcome>): FieldCoverage {
  const [first] = probes;
  if (!first) return { ...field, status: 'missing' };
  if (first.outOfScope !== undefined) return { ...field, status: 'out of scope', note: first.outOfScope, file: first.file };
  for (const probe of probes) {
    const failure = probeFailure(probe, outcomes);
    if (failure) return { ...field, status: 'failing', note: failure, file: probe.file };
  }
  return { ...field, status: 'covered', file: first.file };
}

/** Measures every field: compiles each probe's workflow through the CLI and looks for the field. */
export async function measureCoverage(): Promise<CoverageMeasurement> {
  const fields = listArgoFields();
  const probes = checkProbes(await loadProbes(), fields);
  const requests = [...probes.values()].flat().flatMap((probe) => (probe.outOfScope === undefined ? [requestOf(probe)] : []));
  const outcomes = await compileThroughCli(requests);
  const judged = fields.map((field) => judge(field, probes.get(field.field) ?? [], outcomes));
  const byDefinition = MEASURED_DEFINITIONS.map((name) => {
    const own = judged.filter((field) => field.definition === name);
    return {
      definition: name,
      covered: own.filter((field) => field.status === 'covered').length,
      outOfScope: own.filter((field) => field.status === 'out of scope').length,
      total: own.length,
    };
  });
  return { fields: judged, covered: judged.filter((field) => field.status === 'covered').length, total: judged.length, byDefinition };
}
