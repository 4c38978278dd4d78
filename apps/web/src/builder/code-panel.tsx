import type { Workflow } from '@couler/ir';
import { useEffect, useState } from 'react';
import { api, toApiError } from '../api/api-client';

const TABS = ['TypeScript', 'IR', 'Argo', 'Airflow', 'Tekton'] as const;
type Tab = (typeof TABS)[number];
const BACKENDS = { Argo: 'argo', Airflow: 'airflow', Tekton: 'tekton' } as const;

/** What was built, as DSL code, as IR, and as each engine's files (compiled by the server, as `couler compile` would). */
export function CodePanel({ typescript, workflow, valid }: { typescript: string; workflow: Workflow; valid: boolean }) {
  const [tab, setTab] = useState<Tab>('TypeScript');
  const [compiled, setCompiled] = useState<string>('');
  const ir = JSON.stringify(workflow, null, 2);
  useEffect(() => {
    if (tab === 'TypeScript' || tab === 'IR') return;
    if (!valid) {
      setCompiled('Fix the problems listed above to compile.');
      return;
    }
    let current = true;
    setCompiled('Compiling…');
    const timer = setTimeout(async () => {
      const { data, error } = await api.POST('/api/v1/compile', { body: { workflow: JSON.parse(ir) as Record<string, unknown>, backend: BACKENDS[tab] } });
      if (!current) return;
      if (data) setCompiled([...data.warnings.map((warning) => `# warning: ${warning.message}`), ...data.files.map((file) => `# ── ${file.path}\n${file.contents}`)].join('\n'));
      else {
        const apiError = toApiError(error);
        setCompiled(`${apiError.code}: ${apiError.message}${apiError.hint ? `\n${apiError.hint}` : ''}`);
      }
    }, 300);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [tab, ir, valid]);
  const text = tab === 'TypeScript' ? typescript : tab === 'IR' ? ir : compiled;
  return (
    <section className="panel code-panel" aria-labelledby="code-title">
      <h2 id="code-title">Code</h2>
      <div role="tablist" aria-label="Show as">
        {TABS.map((name) => (
          <button key={name} type="button" role="tab" id={`tab-${name}`} aria-selected={tab === name} aria-controls="code-view" onClick={() => setTab(name)}>{name}</button>
        ))}
      </div>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the tab panel pattern (WAI-ARIA APG) focuses the panel; it also scrolls. */}
      <pre id="code-view" role="tabpanel" aria-labelledby={`tab-${tab}`} tabIndex={0} data-testid="code-view">{text}</pre>
    </section>
  );
}
