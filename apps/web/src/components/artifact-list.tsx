import { useEffect, useState } from 'react';
import { api, readToken, toApiError, unwrap, type RunArtifactList } from '../api/api-client';

/** 1536 → "1.5 KiB". */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${units[unit]}`;
}

/**
 * Downloads with the token: a plain link cannot send it, so the bytes are fetched and handed to
 * the browser as a file under the name the server gave (Content-Disposition).
 */
async function download(path: string, fallbackName: string): Promise<void> {
  const token = readToken();
  const response = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw toApiError(await response.json().catch(() => ({ error: { code: 'NETWORK', message: response.statusText, path: [] } })));
  const disposition = response.headers.get('content-disposition') ?? '';
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A run's artifacts (of one step when `step` is set): name, size, where each lives, and a download when it is on the server. */
export function ArtifactList({ runId, step, version }: { runId: string; step?: string; version: string }) {
  const [list, setList] = useState<RunArtifactList | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    // `version` changes with the run's phase: a finished step's artifacts appear once it is recorded.
    void version;
    unwrap(api.GET('/api/v1/runs/{id}/artifacts', { params: { path: { id: runId } } })).then(setList, (error) => setProblem(toApiError(error).message));
  }, [runId, version]);
  if (problem) return <p className="problem">{problem}</p>;
  if (!list) return <p>Loading artifacts…</p>;
  const items = list.items.filter((item) => step === undefined || item.stepName === step);
  return (
    <div>
      {list.message && <p className="hint">{list.message}</p>}
      {items.length === 0 ? <p>{step ? `No artifacts from ${step}.` : 'No artifacts.'}</p> : (
        <ul className="artifacts" data-testid="artifacts">
          {items.map((item) => (
            <li key={`${item.step}/${item.name}`}>
              <strong>{item.step}</strong> · {item.name}
              {item.size !== null && <> · <span>{formatBytes(item.size)}</span></>}
              {item.kind === 'dir' && ' · directory (tar)'}{' '}
              {item.download ? (
                <button type="button" className="link" aria-label={`Download ${item.name} of ${item.step}`} onClick={() => void download(item.download!, item.name).catch((error) => setProblem(toApiError(error).message))}>Download</button>
              ) : <span className="hint">in {item.location}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
