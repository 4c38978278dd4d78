import type { Workflow } from '@couler/ir';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, toApiError, unwrap, type RunDetail, type RunEvent } from '../api/api-client';
import { followRun } from '../api/run-stream';
import { ArtifactList } from '../components/artifact-list';
import { indexTree } from '../components/dag-model';
import { GanttChart } from '../components/gantt-chart';
import { nodePhase, type RunPhases } from '../components/node-phase';
import { PhaseBadge } from '../components/phase-badge';
import { ScrollRegion } from '../components/scroll-region';
import { WorkflowDag } from '../components/workflow-dag';

interface LogLine { readonly seq: number; readonly step: string; readonly stream: string; readonly line: string }

const FINISHED = new Set(['Succeeded', 'Failed', 'Cancelled']);

/** Sentence for an event in the run's history (placements say why the run went where it did, or why it waits). */
function describeEvent(event: RunEvent): string {
  const data = event.data as Record<string, unknown>;
  const message = typeof data.message === 'string' ? data.message : typeof data.reason === 'string' ? data.reason : '';
  const fallback = typeof data.phase === 'string' ? data.phase : typeof data.attempt === 'number' ? `attempt ${data.attempt}` : '';
  return [event.stepId ? `${event.stepId}:` : '', message || fallback].filter(Boolean).join(' ');
}

/** One run: its DAG with live step states, logs, outputs, timings, events, and cancel / retry. */
export function RunPage({ runId }: { runId: string }) {
  const [run, setRun] = useState<RunDetail | null>(null);
  const [workflow, setWorkflow] = useState<Workflow | null>(null);
  const [events, setEvents] = useState<RunEvent[]>([]);
  const [logs, setLogs] = useState<LogLine[]>([]);
  const [selected, setSelected] = useState<string | undefined>();
  const [openCalls, setOpenCalls] = useState<ReadonlySet<string>>(new Set());
  const [retryFrom, setRetryFrom] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const refreshing = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const refresh = useCallback(async () => {
    try {
      const detail = await unwrap(api.GET('/api/v1/runs/{id}', { params: { path: { id: runId } } }));
      setRun(detail);
      return detail;
    } catch (error) {
      setProblem(toApiError(error).message);
      return null;
    }
  }, [runId]);

  useEffect(() => {
    void refresh().then(async (detail) => {
      if (!detail) return;
      const found = await unwrap(api.GET('/api/v1/workflows/{id}', { params: { path: { id: detail.workflowId } } })).catch(() => null);
      if (found) setWorkflow(found.ir as unknown as Workflow);
    });
  }, [refresh]);

  // Live: every event refreshes the run (at most every 250 ms); logs are appended as they come.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a retry bumps `generation` to follow the new attempt's streams.
  useEffect(() => {
    const abort = new AbortController();
    setEvents([]);
    setLogs([]);
    const soon = () => {
      clearTimeout(refreshing.current);
      refreshing.current = setTimeout(() => void refresh(), 250);
    };
    void followRun(runId, 'events', (event) => {
      setEvents((list) => [...list, event]);
      soon();
    }, abort.signal).then(() => void refresh());
    void followRun(runId, 'logs', (event) => {
      const data = event.data as { stream?: string; line?: string };
      setLogs((list) => [...list, { seq: event.seq, step: event.stepId ?? '', stream: data.stream ?? 'stdout', line: data.line ?? '' }]);
    }, abort.signal);
    return () => abort.abort();
  }, [runId, refresh, generation]);

  const act = async (action: 'cancel' | 'retry', from?: string) => {
    setProblem(null);
    const call = action === 'cancel'
      ? api.POST('/api/v1/runs/{id}/cancel', { params: { path: { id: runId } } })
      : api.POST('/api/v1/runs/{id}/retry', { params: { path: { id: runId } }, body: from ? { from } : {} });
    const { error } = await call;
    if (error) {
      const apiError = toApiError(error);
      setProblem(`${apiError.message}${apiError.hint ? ` ${apiError.hint}` : ''}`);
      return;
    }
    await refresh();
    if (action === 'retry') setGeneration((value) => value + 1);
  };

  if (!run) return problem ? <p role="alert" className="problem">{problem}</p> : <p>Loading run…</p>;
  const phases: RunPhases = { byName: new Map(run.steps.map((step) => [step.name, step.phase])), byId: new Map(run.steps.map((step) => [step.id, step.phase])), tree: indexTree(run.tree) };
  const finished = FINISHED.has(run.phase);
  const topSteps = workflow ? [...workflow.spec.steps, ...(workflow.spec.onExit ?? [])] : [];
  const stepNames = topSteps.map((step) => step.name);
  const calls = new Set(topSteps.filter((step) => step.kind === 'subWorkflow').map((step) => step.name));
  const listedPhase = (name: string) => nodePhase({ id: name, kind: calls.has(name) ? 'call' : 'step', name, open: false }, phases);
  const toggle = (call: string) => setOpenCalls((before) => (before.has(call) ? new Set([...before].filter((id) => id !== call)) : new Set([...before, call])));
  const shownLogs = selected ? logs.filter((line) => line.step === selected || ['(', '[', '.'].some((next) => line.step.startsWith(`${selected}${next}`))) : logs;

  return (
    <section aria-labelledby="run-title" className="run-page">
      <div className="run-head">
        <h1 id="run-title">Run {run.id}</h1>
        <p>
          Workflow <strong>{run.workflowName}</strong> · <span aria-live="polite" data-testid="run-phase"><PhaseBadge phase={run.phase} /></span>
          {run.cluster && <> · cluster {run.cluster}</>}
        </p>
        {run.message && <p className="message">{run.message}</p>}
        {run.waitReason && <p className="message">Waiting: {run.waitReason}</p>}
        <div className="actions">
          <button type="button" disabled={finished} onClick={() => act('cancel')}>Cancel run</button>
          <button type="button" className="primary" disabled={!finished || run.phase === 'Succeeded'} onClick={() => act('retry')}>Retry from failure</button>
          <label>
            Retry from step
            <select value={retryFrom} onChange={(event) => setRetryFrom(event.target.value)}>
              <option value="">choose…</option>
              {stepNames.map((name) => <option key={name} value={name}>{name}</option>)}
            </select>
          </label>
          <button type="button" disabled={!finished || retryFrom === ''} onClick={() => act('retry', retryFrom)}>Retry from this step</button>
        </div>
        {problem && <p role="alert" className="problem">{problem}</p>}
      </div>
      <div className="run-grid">
        <section aria-labelledby="dag-title" className="panel">
          <h2 id="dag-title">Graph</h2>
          {workflow ? <WorkflowDag workflow={workflow} phases={phases} open={openCalls} onToggle={toggle} {...(selected !== undefined && { selected })} onSelect={(step) => setSelected(step === selected ? undefined : step)} /> : <p>Loading the workflow…</p>}
          <ul className="step-list" aria-label="Steps">
            {stepNames.map((name) => (
              <li key={name}>
                <button type="button" aria-pressed={selected === name} onClick={() => setSelected(selected === name ? undefined : name)}>
                  {name}
                </button>{' '}
                <span data-step={name}><PhaseBadge phase={listedPhase(name)} /></span>
                {calls.has(name) && (
                  <>
                    {' '}
                    <button type="button" className="link" aria-expanded={openCalls.has(name)} aria-label={`${openCalls.has(name) ? 'Close' : 'Open'} call ${name}`} onClick={() => toggle(name)}>
                      {openCalls.has(name) ? 'close' : 'open'}
                    </button>
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="logs-title" className="panel">
          <h2 id="logs-title">Logs{selected ? ` of ${selected}` : ''}</h2>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus so that keyboard users can scroll it (WCAG 2.1.1). */}
          <pre className="logs" tabIndex={0} data-testid="logs">
            {shownLogs.map((line) => `${line.step} | ${line.line}`).join('\n') || 'No output yet.'}
          </pre>
        </section>
        <section aria-labelledby="timing-title" className="panel">
          <h2 id="timing-title">Timings</h2>
          <GanttChart steps={run.steps} startedAt={run.startedAt} finishedAt={run.finishedAt} />
        </section>
        <section aria-labelledby="outputs-title" className="panel">
          <h2 id="outputs-title">Outputs</h2>
          {run.outputs && Object.keys(run.outputs).length > 0 ? (
            <dl className="outputs">{Object.entries(run.outputs).map(([key, value]) => <div key={key}><dt>{key}</dt><dd>{value}</dd></div>)}</dl>
          ) : <p>The workflow declares no outputs, or they are not written yet.</p>}
          <h3 id="artifacts-title">Artifacts{selected ? ` of ${selected}` : ''}</h3>
          <ArtifactList runId={run.id} {...(selected !== undefined && { step: selected })} version={`${run.phase}-${run.steps.filter((step) => step.finishedAt).length}`} />
          <h3>Steps</h3>
          <ScrollRegion className="table-scroll" label="Steps table">
          <table className="steps">
            <thead><tr><th scope="col">Step</th><th scope="col">Phase</th><th scope="col">Attempts</th><th scope="col">Exit</th><th scope="col">Message</th></tr></thead>
            <tbody>{run.steps.map((step) => <tr key={step.id}><td>{step.id}</td><td><PhaseBadge phase={step.phase} /></td><td>{step.attempts}</td><td>{step.exitCode ?? ''}</td><td>{step.message ?? ''}</td></tr>)}</tbody>
          </table>
          </ScrollRegion>
        </section>
        <section aria-labelledby="events-title" className="panel wide">
          <h2 id="events-title">Events (queue placement, steps, retries)</h2>
          <ScrollRegion className="events" label="Events list">
            <ol data-testid="events">
              {events.map((event) => <li key={event.seq}><time dateTime={event.at}>{new Date(event.at).toLocaleTimeString()}</time> <strong>{event.type}</strong> {describeEvent(event)}</li>)}
            </ol>
          </ScrollRegion>
        </section>
      </div>
    </section>
  );
}
