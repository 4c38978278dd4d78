import { type FormEvent, useState } from 'react';
import { api, forgetToken, saveToken, toApiError } from '../api/api-client';

/** Asks for an API token (`couler server` prints the owner's on first start) and checks it with GET /me. */
export function SignInPage({ onSignedIn }: { onSignedIn: () => void }) {
  const [token, setToken] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    saveToken(token.trim());
    const { error } = await api.GET('/api/v1/me').catch((failure: unknown) => ({ error: failure }));
    if (error !== undefined) {
      forgetToken();
      const apiError = toApiError(error);
      setProblem(`${apiError.message}${apiError.hint ? ` ${apiError.hint}` : ''}`);
      return;
    }
    onSignedIn();
  };
  return (
    <form className="sign-in panel" onSubmit={submit}>
      <h1>Sign in</h1>
      <p>Paste an API token. <code>couler server</code> prints the owner’s when it first starts; an admin can make one with <code>POST /api/v1/users/:id/tokens</code>.</p>
      <label htmlFor="token">API token</label>
      <input id="token" name="token" type="password" autoComplete="off" required value={token} onChange={(event) => setToken(event.target.value)} aria-describedby={problem ? 'token-problem' : undefined} />
      {problem && <p id="token-problem" role="alert" className="problem">{problem}</p>}
      <button type="submit" className="primary">Sign in</button>
    </form>
  );
}
