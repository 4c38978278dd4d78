import { useEffect, useState } from 'react';
import { api, toApiError, type Run, type RunPhase } from '../api/api-client';
import { PhaseBadge } from '../components/phase-badge';
import { ScrollRegion } from '../components/scroll-region';
import { navigate } from '../use-location';

const PHASES: ReadonlyArray<RunPhase> = ['Queued', 'Running', 'Succeeded', 'Failed', 'Cancelled'];
const POLL_MS = 1500;

/** The tenant's runs, newest first, filtered by phase and workflow name; states refresh while the page is open. */
export function RunsPage() {
  const [phase, setPhase] = useState<RunPhase | ''>('');
  const [workflow, setWorkflow] = useState('');
  const [runs, setRuns] = useState<Run[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async () => {
      const { data, error } = await api.GET('/api/v1/runs', { params: { query: { limit: 100, ...(phase && { phase }), ...(workflow.trim() && { workflow: workflow.trim() }) } } });
      if (stopped) return;
      if (data) {
        setRuns(data.items);
        setProblem(null);
      } else setProblem(toApiError(error).message);
      timer = setTimeout(load, POLL_MS);
    };
    void load();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [phase, workflow]);

  return (
    <section aria-labelledby="runs-title">
      <h1 id="runs-title">Runs</h1>
      <search className="filters">
        <label>
          Phase
          <select value={phase} onChange={(event) => setPhase(event.target.value as RunPhase | '')}>
            <option value="">Any</option>
            {PHASES.map((value) => <option key={value} value={value}>{value}</option>)}
          </select>
        </label>
        <label>
          Workflow
          <input type="search" value={workflow} placeholder="name" onChange={(event) => setWorkflow(event.target.value)} />
        </label>
      </search>
      {problem && <p role="alert" className="problem">{problem}</p>}
      {runs && runs.length === 0 && <p>No runs yet. Build one in the <a href="/builder" onClick={(event) => { event.preventDefault(); navigate('/builder'); }}>builder</a>.</p>}
      {runs && runs.length > 0 && (
        <ScrollRegion className="table-scroll" label="Runs table">
          <table className="runs">
            <caption className="visually-hidden">Runs, newest first</caption>
            <thead>
              <tr><th scope="col">Run</th><th scope="col">Workflow</th><th scope="col">Phase</th><th scope="col">Cluster</th><th scope="col">Created</th><th scope="col">Why it waits</th></tr>
            </thead>
            <tbody>
              {runs.map((run) => (
                <tr key={run.id} data-run={run.id}>
                  <td><a href={`/runs/${encodeURIComponent(run.id)}`} onClick={(event) => { event.preventDefault(); navigate(`/runs/${encodeURIComponent(run.id)}`); }}>{run.id}</a></td>
                  <td>{run.workflowName}</td>
                  <td aria-live="polite"><PhaseBadge phase={run.phase} /></td>
                  <td>{run.cluster ?? '—'}</td>
                  <td><time dateTime={run.createdAt}>{new Date(run.createdAt).toLocaleString()}</time></td>
                  <td>{run.waitReason ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
