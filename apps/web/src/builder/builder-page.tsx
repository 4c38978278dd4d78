import { Background, Controls, type Connection, type Edge, type Node, Position, ReactFlow } from '@xyflow/react';
import { type DragEvent, useCallback, useEffect, useMemo, useState } from 'react';
import { api, toApiError, type RegisteredStep } from '../api/api-client';
import { layoutDag } from '../components/layout-dag';
import { navigate } from '../use-location';
import { CodePanel } from './code-panel';
import type { Draft, DraftStep } from './draft';
import { draftToTypeScript } from './draft-to-typescript';
import { draftToWorkflow } from './draft-to-workflow';
import { defaultValues } from './form-schema';
import { entryOf } from './registered-entry';
import { RegistryPanel } from './registry-panel';
import { StepForm } from './step-form';
import { fetchRegisteredSteps, registrationOf, saveRegisteredStep } from './step-registry';
import { STEP_ZOO } from './step-zoo';
import { stepOfError, validateDraft, type DraftProblem } from './validate-draft';

const GROUPS = ['Model zoo', 'Basic steps', 'Step zoo (Kubernetes jobs)'] as const;

function uniqueName(draft: Draft, base: string): string {
  const taken = new Set(draft.steps.map((step) => step.name));
  if (!taken.has(base)) return base;
  let index = 2;
  while (taken.has(`${base}-${index}`)) index += 1;
  return `${base}-${index}`;
}

/** The builder: steps from the zoo on a canvas, connected, set in forms, checked as you go, shown as code, submitted. */
export function BuilderPage() {
  const [draft, setDraft] = useState<Draft>({ name: 'churn-prediction', steps: [], edges: [] });
  const [selected, setSelected] = useState<string | null>(null);
  const [submitProblems, setSubmitProblems] = useState<DraftProblem[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const workflow = useMemo(() => draftToWorkflow(draft), [draft]);
  const typescript = useMemo(() => draftToTypeScript(draft), [draft]);
  const problems = useMemo(() => (draft.steps.length === 0 ? [] : validateDraft(draft)), [draft]);
  const shown = [...problems, ...submitProblems];

  const [registered, setRegistered] = useState<RegisteredStep[]>([]);
  const [registryMessage, setRegistryMessage] = useState<string | null>(null);
  const reloadRegistry = useCallback(async (message?: string) => {
    if (message !== undefined) setRegistryMessage(message);
    try {
      setRegistered(await fetchRegisteredSteps());
    } catch (error) {
      setRegistryMessage(`The step registry could not be read: ${toApiError(error).message}`);
    }
  }, []);
  useEffect(() => void reloadRegistry(), [reloadRegistry]);
  const add = (zooId: string, position?: { x: number; y: number }, saved?: RegisteredStep) => {
    const name = uniqueName(draft, saved?.name ?? (zooId.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'step'));
    const placed = { zooId: saved?.definition.kind === 'zoo' ? saved.definition.zoo : zooId, ...(saved && { registered: { name: saved.name, title: saved.title, description: saved.description, definition: saved.definition, parameters: saved.parameters, outputs: saved.outputs } }) };
    const step: DraftStep = { name, ...placed, values: defaultValues(entryOf(placed).schema), position: position ?? { x: 40 + (draft.steps.length % 3) * 230, y: 40 + Math.floor(draft.steps.length / 3) * 110 } };
    setDraft({ ...draft, steps: [...draft.steps, step] });
    setSelected(name);
    setSubmitProblems([]);
  };
  const update = (next: Draft) => {
    setDraft(next);
    setSubmitProblems([]);
  };
  const connect = (source: string, target: string) => {
    if (source === target || draft.edges.some((edge) => edge.source === source && edge.target === target)) return;
    update({ ...draft, edges: [...draft.edges, { source, target }] });
  };
  const rename = (from: string, to: string) => {
    const name = uniqueName({ ...draft, steps: draft.steps.filter((step) => step.name !== from) }, to.trim() || from);
    update({
      ...draft,
      steps: draft.steps.map((step) => ({ ...step, ...(step.name === from && { name }), ...(step.when?.step === from && { when: { ...step.when, step: name } }) })),
      edges: draft.edges.map((edge) => ({ source: edge.source === from ? name : edge.source, target: edge.target === from ? name : edge.target })),
    });
    setSelected(name);
  };

  const [arrangement, setArrangement] = useState(0);
  const arrange = async () => {
    const positions = await layoutDag(draft.steps.map((step) => step.name), draft.edges);
    setDraft((previous) => ({ ...previous, steps: previous.steps.map((step) => ({ ...step, position: positions.get(step.name) ?? step.position })) }));
    setArrangement((value) => value + 1);
  };

  const submit = async () => {
    setSubmitting(true);
    setSubmitProblems([]);
    const { data, error } = await api.POST('/api/v1/workflows', { body: { workflow: workflow as unknown as Record<string, unknown> } });
    setSubmitting(false);
    if (data) {
      navigate(`/runs/${encodeURIComponent(data.run.id)}`);
      return;
    }
    const apiError = toApiError(error);
    const names = draft.steps.map((step) => step.name);
    const all = apiError.errors && apiError.errors.length > 0 ? apiError.errors : [apiError];
    setSubmitProblems(all.map((each) => {
      const step = stepOfError(each, names);
      return { code: each.code, message: each.message, ...(each.hint !== undefined && { hint: each.hint }), ...(step !== undefined && { step }) };
    }));
  };

  const problemsOf = (name: string) => shown.filter((problem) => problem.step === name);
  const nodes: Node[] = draft.steps.map((step) => {
    const count = problemsOf(step.name).length;
    return {
      id: step.name,
      position: step.position,
      data: { label: `${step.name}${step.when ? ' · when' : ''}${step.fanOut?.trim() ? ' · fan-out' : ''}${count > 0 ? ` · ⚠ ${problemsOf(step.name)[0]!.message}` : ''}` },
      className: `builder-node${count > 0 ? ' has-problem' : ''}${selected === step.name ? ' selected' : ''}`,
      sourcePosition: Position.Right,
      targetPosition: Position.Left,
      ariaLabel: `Step ${step.name}${count > 0 ? `, ${count} problem(s)` : ''}`,
    };
  });
  const edges: Edge[] = draft.edges.map((edge) => ({ id: `${edge.source}->${edge.target}`, source: edge.source, target: edge.target }));
  const current = draft.steps.find((step) => step.name === selected);

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    const box = event.currentTarget.getBoundingClientRect();
    const position = { x: event.clientX - box.left, y: event.clientY - box.top };
    const saved = registered.find((step) => step.name === event.dataTransfer.getData('application/x-couler-registered'));
    if (saved) return add(`registered:${saved.name}`, position, saved);
    const zooId = event.dataTransfer.getData('application/x-couler-zoo');
    if (zooId) add(zooId, position);
  };

  return (
    <section className="builder" aria-labelledby="builder-title">
      <div className="builder-head">
        <h1 id="builder-title">Builder</h1>
        <label>
          Workflow name
          <input value={draft.name} onChange={(event) => update({ ...draft, name: event.target.value })} />
        </label>
        <button type="button" disabled={draft.steps.length < 2} onClick={arrange}>Arrange</button>
        <button type="button" className="primary" disabled={draft.steps.length === 0 || problems.length > 0 || submitting} onClick={submit}>
          {submitting ? 'Submitting…' : 'Submit and run'}
        </button>
      </div>
      <div className="builder-grid">
        <nav className="panel zoo" aria-label="Step zoo">
          <h2>Zoo</h2>
          {GROUPS.map((group) => (
            <div key={group}>
              <h3>{group}</h3>
              <ul>
                {STEP_ZOO.filter((entry) => entry.group === group).map((entry) => (
                  <li key={entry.id}>
                    <button type="button" draggable onDragStart={(event) => event.dataTransfer.setData('application/x-couler-zoo', entry.id)} onClick={() => add(entry.id)} title={entry.description} aria-label={`Add ${entry.title}`}>
                      + {entry.title}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
          <RegistryPanel steps={registered} onAdd={(saved) => add(`registered:${saved.name}`, undefined, saved)} onChanged={(message) => void reloadRegistry(message)} />
          {registryMessage && <p className="hint" role="status">{registryMessage}</p>}
        </nav>
        {/* biome-ignore lint/a11y/noStaticElementInteractions: only a drop target for the mouse; keyboard users add steps with the zoo's buttons. */}
        <div className="panel canvas" onDragOver={(event) => event.preventDefault()} onDrop={onDrop} data-testid="builder-canvas">
          <ReactFlow
            // A step added or removed fits the whole graph into view again.
            key={`${draft.steps.length}-${arrangement}`}
            nodes={nodes}
            edges={edges}
            onNodeClick={(_event, node) => setSelected(node.id)}
            onConnect={(connection: Connection) => connect(connection.source, connection.target)}
            onNodesChange={(changes) => {
              const moved = new Map(changes.flatMap((change) => (change.type === 'position' && change.position ? [[change.id, change.position] as const] : [])));
              if (moved.size > 0) setDraft((previous) => ({ ...previous, steps: previous.steps.map((step) => (moved.has(step.name) ? { ...step, position: moved.get(step.name)! } : step)) }));
            }}
            onEdgesDelete={(removed) => update({ ...draft, edges: draft.edges.filter((edge) => !removed.some((gone) => gone.source === edge.source && gone.target === edge.target)) })}
            fitView
            fitViewOptions={{ maxZoom: 1, padding: 0.15 }}
            proOptions={{ hideAttribution: true }}
          >
            <Background />
            <Controls />
          </ReactFlow>
          {draft.steps.length === 0 && <p className="canvas-empty">Pick steps from the zoo (click or drag), then connect them.</p>}
        </div>
        <aside className="panel inspector" aria-label="Selected step">
          {current ? (
            <StepForm
              draft={draft}
              step={current}
              onChange={(next) => update({ ...draft, steps: draft.steps.map((step) => (step.name === current.name ? next : step)) })}
              onRename={(name) => rename(current.name, name)}
              onToggleEdge={(source) => {
                const exists = draft.edges.some((edge) => edge.source === source && edge.target === current.name);
                if (exists) update({ ...draft, edges: draft.edges.filter((edge) => !(edge.source === source && edge.target === current.name)) });
                else connect(source, current.name);
              }}
              onSave={async (title) => {
                const registration = registrationOf(title, current);
                try {
                  await saveRegisteredStep(registration, registered.some((step) => step.name === registration.name));
                  await reloadRegistry(`Saved "${title}" to your team's steps.`);
                } catch (error) {
                  setRegistryMessage(`"${title}" was not saved: ${toApiError(error).message}`);
                }
              }}
              onRemove={() => {
                update({ ...draft, steps: draft.steps.filter((step) => step.name !== current.name), edges: draft.edges.filter((edge) => edge.source !== current.name && edge.target !== current.name) });
                setSelected(null);
              }}
            />
          ) : <p>Select a step to set it up.</p>}
        </aside>
      </div>
      <section className="panel problems" aria-labelledby="problems-title" aria-live="polite">
        <h2 id="problems-title">{shown.length === 0 ? 'No problems' : `${shown.length} problem(s)`}</h2>
        <ul data-testid="problems">
          {shown.map((problem) => (
            <li key={`${problem.code}-${problem.step ?? ''}-${problem.message}`}>
              <code>{problem.code}</code> {problem.step && <button type="button" className="link" onClick={() => setSelected(problem.step!)}>{problem.step}</button>} {problem.message}
              {problem.hint && <span className="hint"> {problem.hint}</span>}
            </li>
          ))}
        </ul>
      </section>
      <CodePanel typescript={typescript} workflow={workflow} valid={problems.length === 0 && draft.steps.length > 0} />
    </section>
  );
}
