import type { Draft, DraftCondition, DraftStep } from './draft';
import { fieldProblem, type FieldValue } from './form-schema';
import { entryOf } from './registered-entry';

const OPERATORS: ReadonlyArray<DraftCondition['op']> = ['equal', 'notEqual', 'bigger', 'smaller', 'biggerEqual', 'smallerEqual'];

/** The form of one node: its name, the fields of its zoo entry's schema, what it runs after, its condition and fan-out. */
export function StepForm({ draft, step, onChange, onRename, onToggleEdge, onSave, onRemove }: {
  draft: Draft;
  step: DraftStep;
  onChange: (next: DraftStep) => void;
  onRename: (name: string) => void;
  onToggleEdge: (source: string) => void;
  /** Registers this step with its settings in the tenant's registry ("My steps") under `title`. */
  onSave: (title: string) => void | Promise<void>;
  onRemove: () => void;
}) {
  const entry = entryOf(step);
  const id = (key: string) => `field-${step.name}-${key}`;
  const others = draft.steps.filter((other) => other.name !== step.name);
  const withOutputs = others.filter((other) => entryOf(other).outputs.length > 0);
  const setValue = (key: string, value: FieldValue) => onChange({ ...step, values: { ...step.values, [key]: value } });
  return (
    <form className="step-form" aria-label={`Settings of ${step.name}`} onSubmit={(event) => event.preventDefault()}>
      <h2>{entry.title}</h2>
      <p className="hint">{entry.description}</p>
      <label htmlFor={id('name')}>Step name</label>
      <input id={id('name')} defaultValue={step.name} key={step.name} onBlur={(event) => event.target.value !== step.name && onRename(event.target.value)} />
      {Object.entries(entry.schema.properties).map(([key, field]) => {
        const value = step.values[key];
        const problem = fieldProblem(entry.schema, key, value);
        const common = { id: id(key), 'aria-invalid': problem !== undefined, 'aria-describedby': problem ? `${id(key)}-problem` : undefined };
        return (
          <div key={key} className="field">
            <label htmlFor={id(key)}>{field.title}{entry.schema.required?.includes(key) ? ' *' : ''}</label>
            {field.type === 'boolean' ? (
              <input {...common} type="checkbox" checked={value === true} onChange={(event) => setValue(key, event.target.checked)} />
            ) : field.enum ? (
              <select {...common} value={String(value ?? '')} onChange={(event) => setValue(key, event.target.value)}>{field.enum.map((option) => <option key={option}>{option}</option>)}</select>
            ) : field.multiline ? (
              <textarea {...common} rows={5} value={String(value ?? '')} onChange={(event) => setValue(key, event.target.value)} />
            ) : (
              <input {...common} type={field.type === 'string' ? 'text' : 'number'} step={field.type === 'integer' ? 1 : 'any'} value={String(value ?? '')} onChange={(event) => setValue(key, field.type === 'string' || event.target.value === '' ? event.target.value : Number(event.target.value))} />
            )}
            {field.description && <p className="hint">{field.description}</p>}
            {problem && <p id={`${id(key)}-problem`} className="problem">{problem}</p>}
          </div>
        );
      })}
      <fieldset>
        <legend>Runs after</legend>
        {others.length === 0 && <p className="hint">Add another step to connect it.</p>}
        {others.map((other) => (
          <label key={other.name} className="inline">
            <input type="checkbox" checked={draft.edges.some((edge) => edge.source === other.name && edge.target === step.name)} onChange={() => onToggleEdge(other.name)} />
            {other.name}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Condition</legend>
        <label className="inline">
          <input type="checkbox" checked={step.when !== undefined} disabled={withOutputs.length === 0} onChange={(event) => {
            const first = withOutputs[0];
            const { when: _when, ...rest } = step;
            onChange(event.target.checked && first ? { ...step, when: { step: first.name, output: entryOf(first).outputs[0]!, op: 'bigger', value: '0.5' } } : rest);
          }} />
          Only run when…
        </label>
        {step.when && (
          <div className="condition">
            <label>Output<select value={`${step.when.step}/${step.when.output}`} onChange={(event) => { const [source, output] = event.target.value.split('/'); onChange({ ...step, when: { ...step.when!, step: source!, output: output! } }); }}>
              {withOutputs.flatMap((other) => entryOf(other).outputs.map((output) => <option key={`${other.name}/${output}`} value={`${other.name}/${output}`}>{other.name}.{output}</option>))}
            </select></label>
            <label>Is<select value={step.when.op} onChange={(event) => onChange({ ...step, when: { ...step.when!, op: event.target.value as DraftCondition['op'] } })}>{OPERATORS.map((op) => <option key={op}>{op}</option>)}</select></label>
            <label>Value<input value={step.when.value} onChange={(event) => onChange({ ...step, when: { ...step.when!, value: event.target.value } })} /></label>
          </div>
        )}
      </fieldset>
      <label htmlFor={id('fan-out')}>Fan out over (comma-separated items; each run sees $ITEM)</label>
      <input id={id('fan-out')} value={step.fanOut ?? ''} onChange={(event) => onChange({ ...step, fanOut: event.target.value })} />
      <div className="save-step">
        <label htmlFor={id('save-title')}>Save as</label>
        <input id={id('save-title')} placeholder={entry.title} />
        <button type="button" onClick={() => {
          const input = document.getElementById(id('save-title')) as HTMLInputElement | null;
          void onSave(input?.value.trim() || `${entry.title} (${step.name})`);
        }}>Save as my step</button>
      </div>
      <button type="button" className="danger" onClick={onRemove}>Remove step</button>
    </form>
  );
}
