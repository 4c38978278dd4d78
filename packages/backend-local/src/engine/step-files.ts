import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { type ArtifactLocation, type ContainerSetStep, type ContainerStep, resolveArtifactKey, type ScriptStep } from '@couler/ir';
import { missingStoreMessage } from '../artifacts/remote-artifact-store';
import { remoteTransfer, type RemoteTransfer } from '../artifacts/remote-transfer';
import { type DatasetRead, describeSource } from '../datasets/dataset-cache';
import { UncachedDatasets } from '../datasets/uncached-datasets';
import { sha256 } from '../internal/hash';
import type { StepOutputs, StoredArtifact } from '../state/state-records';
import { scriptExtension } from './find-executable';
import type { ExecutorEnvironment, StepExecution } from './step-execution';
import { EngineError } from './step-plan';
import { applyMode, keepSubPath, landingPath } from './input-placement';
import type { StepSandbox } from './step-sandbox';
import { userKeyed } from '../internal/user-keyed';

/** Steps whose work runs in a sandbox of files: their inputs and outputs are files there. */
export type SandboxedStep = ContainerStep | ScriptStep | ContainerSetStep;

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/** The paths a step declares: they live under its sandbox's private root. */
export function declaredPaths(step: SandboxedStep): string[] {
  return [
    ...(step.outputs?.parameters ?? []).flatMap((parameter) => (parameter.path ? [parameter.path] : [])),
    ...(step.outputs?.artifacts ?? []).map((artifact) => artifact.path),
    ...(step.inputs?.artifacts ?? []).map((artifact) => artifact.path),
  ];
}

/** The location with the run's id written into its key (Azure's blob name, Artifactory's URL): each run reads and writes its own object. */
export function withRunKey(location: ArtifactLocation, runId: string): ArtifactLocation {
  if ('key' in location) return { ...location, key: resolveArtifactKey(location.key, runId) };
  if (location.type === 'azure') return { ...location, blob: resolveArtifactKey(location.blob, runId) };
  if (location.type === 'artifactory') return { ...location, url: resolveArtifactKey(location.url, runId) };
  return location;
}

/** Puts a sandboxed step's inputs in place and reads its outputs back. */
export class StepFiles {
  constructor(private readonly environment: ExecutorEnvironment) {}

  /** Empties what a previous attempt left. */
  async clear(sandbox: StepSandbox): Promise<void> {
    // A first run of an instance finds nothing to clear.
    await Promise.all([sandbox.dir, sandbox.root].filter((path) => existsSync(path)).map((path) => rm(path, { recursive: true, force: true })));
  }

  /** Creates the sandbox and puts every input artifact in place; returns each one's content hash. */
  async prepareInputs(step: SandboxedStep, execution: StepExecution, sandbox: StepSandbox): Promise<Record<string, string>> {
    // The working directory itself is made by whoever spawns the process (`createCwd`).
    if (step.kind === 'script') await writeFile(`${sandbox.dir}.script${scriptExtension(step.script.command, step.script.source)}`, sandbox.rewrite(step.script.source));
    const hashes = userKeyed<string>();
    for (const input of step.inputs?.artifacts ?? []) {
      const target = sandbox.map(input.path);
      const landing = landingPath(target, input.subPath);
      const where = `input artifact "${input.name}" of step "${step.name}"`;
      if (input.from) {
        const path = execution.scope.stepOutput(input.from.step, input.from.output);
        const artifact = await this.artifactAt(path);
        if (!artifact) {
          if (input.optional) continue;
          throw new EngineError(`The ${where} comes from output "${input.from.output}" of "${input.from.step}", which is not an artifact the store holds.`, true);
        }
        await this.environment.artifacts.materialize(artifact, landing, input.mode);
        hashes[input.name] = artifact.hash;
      } else if (input.raw !== undefined) {
        await mkdir(dirname(landing), { recursive: true });
        await writeFile(landing, input.raw, { mode: input.mode ?? 0o644 });
        hashes[input.name] = sha256(input.raw);
      } else if (input.dataset !== undefined) {
        hashes[input.name] = await this.readDataset(step, execution, input.name, input.dataset, target);
      } else if (input.location) {
        const store = this.environment.remoteStores[input.location.type];
        if (!store) {
          if (input.optional) continue;
          throw new EngineError(missingStoreMessage(input.location.type, 'input', input.name, step.name), true);
        }
        const location = withRunKey(input.location, this.environment.runId);
        try {
          await remoteTransfer(this.transfer(step, execution, input.name, 'download'), `Fetching the ${where} from ${location.type}`, (context) => store.fetch(location, landing, context));
        } catch (error) {
          if (input.optional) continue;
          throw error;
        }
        hashes[input.name] = (await this.environment.artifacts.hash(landing)).hash;
      }
      if (input.subPath !== undefined) await keepSubPath(landing, input.subPath, target, where);
      if (input.mode !== undefined) await applyMode(target, input.mode, input.recurseMode === true);
    }
    return hashes;
  }

  /**
   * Puts the dataset's synced copy at `target`, syncing it first when the cache lacks the source's
   * current version. Its hash for memoization is the version's, not the bytes': hashing a 1 GB
   * copy for every reader would cost what the cache saves.
   */
  private async readDataset(step: SandboxedStep, execution: StepExecution, artifactName: string, name: string, target: string): Promise<string> {
    const dataset = this.environment.datasets?.get(name);
    if (!dataset) throw new EngineError(`Step "${step.name}" reads dataset "${name}", which the workflow does not declare in spec.datasets.`, true);
    const { source } = dataset;
    const store = this.environment.remoteStores[source.type];
    if (!store) throw new EngineError(missingStoreMessage(source.type, 'input', artifactName, step.name), true);
    const stat = store.stat?.bind(store);
    if (!stat) throw new EngineError(`Dataset "${name}" lives in ${source.type}, whose store cannot tell its version, so the local engine cannot keep a copy of it; read it as an input artifact (a location) instead.`, true);
    // Without a cache (`datasetCache: false`), every reader downloads: what the cache is measured against.
    const cache = this.environment.datasetCache ?? new UncachedDatasets();
    let read: DatasetRead | undefined;
    await remoteTransfer(this.transfer(step, execution, artifactName, 'download'), `Reading dataset "${name}" (${describeSource(source)}) for step "${step.name}"`, async (context) => {
      read = await cache.read(
        dataset,
        target,
        {
          version: async () => {
            const version = await stat(source, context);
            if (!version) throw Object.assign(new Error(`nothing is at ${describeSource(source)}`), { failureKind: 'permanent' });
            return version.version;
          },
          download: (into) => store.fetch(source, into, context),
        },
        execution.signal,
      );
    });
    this.environment.emit({
      type: 'notice',
      runId: this.environment.runId,
      stepId: execution.id,
      message: read!.downloaded ? `Synced dataset "${name}" (${read!.bytes} bytes) into the cache for "${step.name}".` : `Step "${step.name}" reads dataset "${name}" from the cache (${read!.bytes} bytes, no download).`,
    });
    return sha256(`dataset\0${name}\0${describeSource(source)}\0${read!.version}`);
  }

  private transfer(step: SandboxedStep, execution: StepExecution, artifactName: string, direction: RemoteTransfer['direction']): RemoteTransfer {
    return { runId: this.environment.runId, stepId: execution.id, stepName: step.name, artifactName, direction, signal: execution.signal, emit: this.environment.emit };
  }

  /** The stored artifact a resolved `stepOutput` path points to (the scope gives store paths). */
  private async artifactAt(path: string): Promise<StoredArtifact | undefined> {
    const hash = path.split('/').pop() ?? '';
    if (!/^[0-9a-f]{64}$/.test(hash) || path !== this.environment.artifacts.pathOf(hash)) return undefined;
    const stats = await stat(path).catch(() => undefined);
    if (!stats) return undefined;
    return { hash, kind: stats.isDirectory() ? 'dir' : 'file', size: stats.isDirectory() ? 0 : stats.size };
  }

  async prepareOutputDirectories(step: SandboxedStep, sandbox: StepSandbox): Promise<void> {
    for (const output of [...(step.outputs?.parameters ?? []), ...(step.outputs?.artifacts ?? [])]) {
      if (output.path) await mkdir(dirname(sandbox.map(output.path)), { recursive: true });
    }
  }

  /** Output parameters and artifacts from the files the step wrote; `stdout` (trimmed) as `result`. */
  async collectOutputs(step: SandboxedStep, execution: StepExecution, sandbox: StepSandbox, stdout: string | undefined): Promise<StepOutputs> {
    const parameters = userKeyed<string>();
    for (const parameter of step.outputs?.parameters ?? []) {
      if (!parameter.path) throw new EngineError(`Output parameter "${parameter.name}" of step "${step.name}" has no path; the local engine reads outputs from files.`, true);
      const path = sandbox.map(parameter.path);
      const text = await readFile(path, 'utf8').catch(() => undefined);
      if (text !== undefined) parameters[parameter.name] = text.trim();
      else if (parameter.default !== undefined) parameters[parameter.name] = parameter.default;
      else {
        throw new EngineError(
          `Step "${step.name}" exited 0 but did not write its output parameter "${parameter.name}" to ${parameter.path} (here ${path}).`,
          true,
        );
      }
    }
    const artifacts = userKeyed<StoredArtifact>();
    for (const output of step.outputs?.artifacts ?? []) {
      const path = sandbox.map(output.path);
      if (!(await exists(path))) {
        if (output.optional) continue;
        throw new EngineError(`Step "${step.name}" exited 0 but did not write its output artifact "${output.name}" at ${output.path} (here ${path}).`, true);
      }
      const artifact = await this.environment.artifacts.put(path);
      this.environment.store.recordArtifact(artifact, this.environment.now().toISOString());
      artifacts[output.name] = artifact;
      if (output.location) {
        const store = this.environment.remoteStores[output.location.type];
        const put = store?.put?.bind(store);
        if (!put) throw new EngineError(missingStoreMessage(output.location.type, 'output', output.name, step.name), true);
        const location = withRunKey(output.location, this.environment.runId);
        const transfer = { ...this.transfer(step, execution, output.name, 'upload'), ...(output.archive && { archive: output.archive }) };
        await remoteTransfer(transfer, `Uploading the output artifact "${output.name}" of step "${step.name}" to ${location.type}`, (context) => put(location, path, context));
      }
    }
    return { ...(stdout !== undefined && { result: stdout.trim() }), parameters, artifacts };
  }
}
