import { lazy, Suspense, useEffect, useState } from 'react';
import { forgetToken, readToken } from './api/api-client';
import { RunPage } from './pages/run-page';
import { RunsPage } from './pages/runs-page';
import { SignInPage } from './pages/sign-in-page';
import { navigate, useLocation } from './use-location';

type Theme = 'light' | 'dark';

// The builder (its zoo, forms and code views) loads when first opened.
const BuilderPage = lazy(() => import('./builder/builder-page').then((module) => ({ default: module.BuilderPage })));

function Link({ to, children, current }: { to: string; children: string; current: boolean }) {
  return (
    <a href={to} aria-current={current ? 'page' : undefined} onClick={(event) => { event.preventDefault(); navigate(to); }}>
      {children}
    </a>
  );
}

export function App() {
  const path = useLocation();
  const [signedIn, setSignedIn] = useState(readToken() !== null);
  const [theme, setTheme] = useState<Theme>(() => (localStorage.getItem('couler.theme') as Theme | null) ?? (window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'));
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    localStorage.setItem('couler.theme', theme);
  }, [theme]);

  const runMatch = /^\/runs\/([^/]+)$/.exec(path);
  let page = <RunsPage />;
  if (!signedIn) page = <SignInPage onSignedIn={() => setSignedIn(true)} />;
  else if (runMatch) page = <RunPage runId={decodeURIComponent(runMatch[1]!)} />;
  else if (path === '/builder') page = <BuilderPage />;

  return (
    <>
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="top-bar">
        <span className="brand">Couler</span>
        <nav aria-label="Main">
          <Link to="/runs" current={path === '/' || path.startsWith('/runs')}>Runs</Link>
          <Link to="/builder" current={path === '/builder'}>Builder</Link>
        </nav>
        <span className="spacer" />
        <button type="button" onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')} aria-label={`Switch to ${theme === 'dark' ? 'light' : 'dark'} theme`}>
          {theme === 'dark' ? '☀ Light' : '☾ Dark'}
        </button>
        {signedIn && (
          <button type="button" onClick={() => { forgetToken(); setSignedIn(false); }}>
            Sign out
          </button>
        )}
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p>Loading…</p>}>{page}</Suspense>
      </main>
    </>
  );
}
