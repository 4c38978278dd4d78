import { useState } from 'react';
import { toApiError, type RegisteredStep } from '../api/api-client';
import { keepBrowserSteps, readBrowserSteps, type BrowserStep } from './my-steps';
import { registeredEntry } from './registered-entry';
import { deleteRegisteredStep, registrationOf, saveRegisteredStep } from './step-registry';

/** The edit form of one registered step: its title and description, and what its own kind runs. */
function EditStep({ step, onDone }: { step: RegisteredStep; onDone: (message?: string) => void }) {
  const [title, setTitle] = useState(step.title);
  const [description, setDescription] = useState(step.description);
  const definition = step.definition;
  const [image, setImage] = useState(definition.kind === 'zoo' ? '' : definition.image);
  const [body, setBody] = useState(definition.kind === 'script' ? definition.source : definition.kind === 'container' ? [...(definition.command ?? []), ...(definition.args ?? [])].join(' ') : '');
  const [problem, setProblem] = useState<string | null>(null);
  const id = (key: string) => `edit-${step.name}-${key}`;
  const save = async () => {
    const words = body.split(/\s+/).filter(Boolean);
    const changed = definition.kind === 'script' ? { ...definition, image, source: body } : definition.kind === 'container' ? { kind: 'container' as const, image, ...(words[0] !== undefined && { command: [words[0]] }), ...(words.length > 1 && { args: words.slice(1) }) } : definition;
    try {
      await saveRegisteredStep({ name: step.name, title, description, definition: changed, parameters: step.parameters, outputs: step.outputs }, true);
      onDone(`Saved "${title}".`);
    } catch (error) {
      setProblem(toApiError(error).message);
    }
  };
  return (
    <form className="edit-step" aria-label={`Edit ${step.title}`} onSubmit={(event) => { event.preventDefault(); void save(); }}>
      <label htmlFor={id('title')}>Title</label>
      <input id={id('title')} value={title} onChange={(event) => setTitle(event.target.value)} />
      <label htmlFor={id('description')}>Description</label>
      <input id={id('description')} value={description} onChange={(event) => setDescription(event.target.value)} />
      {definition.kind !== 'zoo' && (
        <>
          <label htmlFor={id('image')}>Image</label>
          <input id={id('image')} value={image} onChange={(event) => setImage(event.target.value)} />
          <label htmlFor={id('body')}>{definition.kind === 'script' ? 'Script' : 'Command (words)'}</label>
          <textarea id={id('body')} rows={4} value={body} onChange={(event) => setBody(event.target.value)} />
        </>
      )}
      {definition.kind === 'zoo' && <p className="hint">To change its settings, place it, change them, and save it again under the same title.</p>}
      {problem && <p role="alert" className="problem">{problem}</p>}
      <button type="submit">Save changes</button> <button type="button" onClick={() => onDone()}>Cancel</button>
    </form>
  );
}

/**
 * "My steps": the tenant's step registry on the server, shared by everyone in it. Steps an older
 * builder kept in this browser are offered for upload once; they stay in the browser until they
 * are uploaded or the user lets them go, so nothing is lost by declining.
 */
export function RegistryPanel({ steps, onAdd, onChanged }: { steps: ReadonlyArray<RegisteredStep>; onAdd: (step: RegisteredStep) => void; onChanged: (message?: string) => void }) {
  const [editing, setEditing] = useState<string | null>(null);
  const [browserSteps, setBrowserSteps] = useState<BrowserStep[]>(readBrowserSteps);
  const upload = async () => {
    const left: BrowserStep[] = [];
    for (const saved of browserSteps) {
      try {
        const registration = registrationOf(saved.title, { name: saved.title, zooId: saved.zooId, values: saved.values, position: { x: 0, y: 0 } });
        await saveRegisteredStep(registration, steps.some((step) => step.name === registration.name));
      } catch {
        left.push(saved);
      }
    }
    keepBrowserSteps(left);
    setBrowserSteps(left);
    onChanged(left.length === 0 ? 'Uploaded the steps of this browser.' : `${left.length} step(s) could not be uploaded; they stay in this browser.`);
  };
  return (
    <div>
      <h3>My steps (your team's registry)</h3>
      {browserSteps.length > 0 && (
        <div className="notice" role="status">
          <p>{browserSteps.length} step(s) saved in this browser only: {browserSteps.map((step) => step.title).join(', ')}.</p>
          <button type="button" onClick={() => void upload()}>Upload to the server</button>{' '}
          <button type="button" onClick={() => { keepBrowserSteps([]); setBrowserSteps([]); }}>Forget them</button>
        </div>
      )}
      {steps.length === 0 ? <p className="hint">Set up a step, then “Save as my step”.</p> : (
        <ul>
          {steps.map((step) => {
            const usable = registeredEntry(step) !== undefined;
            return (
              <li key={step.name} className="registered-step">
                <button type="button" draggable={usable} disabled={!usable} onDragStart={(event) => event.dataTransfer.setData('application/x-couler-registered', step.name)} onClick={() => onAdd(step)} title={usable ? step.description : 'Its zoo entry is not in this version of the builder.'} aria-label={`Add ${step.title}`}>+ {step.title}</button>
                <button type="button" className="link" aria-label={`Edit ${step.title}`} onClick={() => setEditing(editing === step.name ? null : step.name)}>Edit</button>
                <button type="button" className="link danger" aria-label={`Delete ${step.title}`} onClick={async () => {
                  try {
                    await deleteRegisteredStep(step.name);
                    onChanged(`Deleted "${step.title}".`);
                  } catch (error) {
                    onChanged(toApiError(error).message);
                  }
                }}>Delete</button>
                {editing === step.name && <EditStep step={step} onDone={(message) => { setEditing(null); onChanged(message); }} />}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
