import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type StartedServer } from '@couler/server';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const ARTIFACTS = join(import.meta.dirname, 'artifacts');
const WEB_ROOT = join(import.meta.dirname, '..', 'dist');
const CHROMIUM = process.env.COULER_CHROMIUM ?? '/usr/bin/chromium';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One WCAG 2 A/AA rule axe-core found broken, with the elements that break it. */
export interface AccessibilityViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
}

/**
 * Runs axe-core's WCAG 2 A and AA rules on the page as it is now. The script is evaluated over the
 * DevTools protocol, which the server's Content-Security-Policy does not apply to.
 */
export async function accessibilityViolations(page: Page): Promise<AccessibilityViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((violation) => ({ id: violation.id, impact: violation.impact, help: violation.help, targets: violation.nodes.map((node) => node.target.join(' ')) }));
  });
}

export interface Gui {
  readonly server: StartedServer;
  readonly token: string;
  readonly browser: BrowserContext;
  /** A fresh page at `size`, signed in. */
  page(size?: { width: number; height: number }, theme?: 'light' | 'dark'): Promise<Page>;
  /** A page in another browser (its own profile: nothing of the first one's storage), signed in; closed with the harness. */
  pageInAnotherBrowser(): Promise<Page>;
  /** A JSON call to the API with the owner's token. */
  call(method: string, path: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }>;
  screenshot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

/** The real server on a fresh SQLite database, serving the built GUI, and a headless Debian Chromium. */
export async function startGui(): Promise<Gui> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: install Debian's (apt-get install chromium; .ci/run does) or set COULER_CHROMIUM to another Chromium.`);
  }
  const home = mkdtempSync(join(tmpdir(), 'couler-web-'));
  const token = 'cst_gui-test-owner-token-0123456789';
  mkdirSync(ARTIFACTS, { recursive: true });
  const server = await startServer({ db: join(home, 'server.db'), home, port: 0, logger: false, webRoot: WEB_ROOT, ownerToken: token, pollMs: 200, rateLimit: false });
  // A persistent context on a fresh profile directory: Playwright's way of giving Chromium its own --user-data-dir.
  const launch = (profile: string) =>
    chromium.launchPersistentContext(join(home, profile), {
      executablePath: CHROMIUM,
      headless: true,
      acceptDownloads: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  const browser = await launch('chromium-profile');
  const others: BrowserContext[] = [];
  const signedIn = async (context: BrowserContext, size: { width: number; height: number }, theme: 'light' | 'dark') => {
    const page = await context.newPage();
    await page.setViewportSize(size);
    await page.emulateMedia({ colorScheme: theme });
    await page.addInitScript(([value, chosen]) => {
      localStorage.setItem('couler.token', value);
      localStorage.setItem('couler.theme', chosen);
    }, [token, theme] as const);
    return page;
  };
  return {
    server,
    token,
    browser,
    page: (size = { width: 1280, height: 800 }, theme = 'light') => signedIn(browser, size, theme),
    async pageInAnotherBrowser() {
      const other = await launch(`chromium-profile-${others.length + 2}`);
      others.push(other);
      return signedIn(other, { width: 1280, height: 800 }, 'light');
    },
    async call(method, path, body) {
      const response = await fetch(`${server.url}${path}`, { method, headers: { authorization: `Bearer ${token}`, ...(body !== undefined && { 'content-type': 'application/json' }) }, ...(body !== undefined && { body: JSON.stringify(body) }) });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    },
    async screenshot(page, name) {
      await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
    },
    async close() {
      for (const context of [browser, ...others]) await context.close().catch(() => undefined);
      await server.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
}
