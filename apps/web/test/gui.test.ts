import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { accessibilityViolations, startGui, type Gui } from './gui-harness';

let gui: Gui;
beforeAll(async () => {
  gui = await startGui();
});
afterAll(async () => {
  await gui?.close();
});

const RUN_TIMEOUT = 150_000;

async function runsAfter(page: Page, step: string, ...sources: string[]) {
  await page.locator(`.react-flow__node[data-id="${step}"]`).click();
  const form = page.getByRole('form', { name: `Settings of ${step}` });
  for (const source of sources) await form.getByRole('group', { name: 'Runs after' }).getByLabel(source, { exact: true }).check();
}

async function phaseOf(page: Page): Promise<string> {
  return (await page.getByTestId('run-phase').textContent()) ?? '';
}

describe('the builder', () => {
  test('builds the churn workflow from the model zoo, shows its code and engine files, submits it, and the run finishes on the local engine', async () => {
    const page = await gui.page();
    await page.goto(`${gui.server.url}/builder`);
    for (const title of ['Split churn data', 'Logistic regression', 'Random forest', 'Select best model']) await page.getByRole('button', { name: `Add ${title}` }).click();
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(4);

    // Unconnected models are flagged on their nodes, in the words of the check.
    const problems = page.getByTestId('problems');
    await expect.poll(() => problems.textContent()).toContain('"logistic-regression" needs a step that outputs "dataset" connected into it.');
    expect(await page.locator('.react-flow__node[data-id="random-forest"]').getAttribute('class')).toContain('has-problem');

    await runsAfter(page, 'logistic-regression', 'split-data');
    await runsAfter(page, 'random-forest', 'split-data');
    await runsAfter(page, 'select-best', 'logistic-regression', 'random-forest');
    await expect.poll(() => page.getByRole('heading', { name: 'No problems' }).count()).toBe(1);

    // The IR's own validation, on the node it concerns: a name no engine accepts.
    await page.locator('.react-flow__node[data-id="random-forest"]').click();
    const name = page.getByLabel('Step name');
    await name.fill('Random Forest!');
    await name.press('Tab');
    await expect.poll(() => problems.textContent()).toMatch(/Random Forest!/);
    expect(await page.locator('.react-flow__node[data-id="Random Forest!"]').getAttribute('class')).toContain('has-problem');
    expect(await page.getByRole('button', { name: 'Submit and run' }).isDisabled()).toBe(true);
    await page.getByLabel('Step name').fill('random-forest');
    await page.getByLabel('Step name').press('Tab');
    await expect.poll(() => page.getByRole('heading', { name: 'No problems' }).count()).toBe(1);

    // A form generated from the schema: an out-of-range value is refused on the field.
    await page.locator('.react-flow__node[data-id="split-data"]').click();
    await page.getByLabel('Rows *').fill('5');
    await expect.poll(() => problems.textContent()).toContain('Rows must be at least 20.');
    await page.getByLabel('Rows *').fill('300');

    const code = page.getByTestId('code-view');
    const typescript = (await code.textContent()) ?? '';
    expect(typescript).toContain("from '@couler/dsl'");
    expect(typescript).toContain('const selectBest = setDependencies(() => runScript({ stepName: "select-best"');
    expect(typescript).toContain('[logisticRegression, randomForest]');
    await page.getByRole('tab', { name: 'Argo' }).click();
    await expect.poll(() => code.textContent(), { timeout: 30_000 }).toContain('kind: Workflow');
    await page.getByRole('tab', { name: 'Tekton' }).click();
    await expect.poll(() => code.textContent(), { timeout: 30_000 }).toContain('kind: Pipeline');
    await page.getByRole('tab', { name: 'Airflow' }).click();
    await expect.poll(() => code.textContent(), { timeout: 30_000 }).toMatch(/from airflow/);
    await page.getByRole('button', { name: 'Arrange' }).click();
    await expect.poll(async () => Number((await page.locator('.react-flow__node[data-id="select-best"]').boundingBox())?.x) > Number((await page.locator('.react-flow__node[data-id="random-forest"]').boundingBox())?.x)).toBe(true);
    await gui.screenshot(page, 'builder-1280x800-light');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Submit and run' }).click();
    await page.waitForURL(/\/runs\/churn-prediction-/);
    await expect.poll(() => phaseOf(page), { timeout: RUN_TIMEOUT, interval: 500 }).toBe('Succeeded');
    for (const step of ['split-data', 'logistic-regression', 'random-forest', 'select-best']) {
      await expect.poll(() => page.locator(`[data-step="${step}"]`).textContent()).toBe('Succeeded');
    }
    await expect.poll(() => page.getByTestId('logs').textContent()).toMatch(/select-best \| best model: (logistic-regression|random-forest) \(0\.\d+\)/);
    await gui.screenshot(page, 'run-1280x800-light');
    // React Flow draws the nodes once it has measured them: on a loaded machine that is after the phase shows.
    await expect.poll(() => page.getByTestId('run-dag').locator('.react-flow__node').count()).toBe(4);
    await expect.poll(() => page.getByTestId('run-dag').locator('.react-flow__edge').count()).toBe(4);
    await expect.poll(() => page.locator('.gantt tbody tr').count()).toBe(4);
    expect(await page.getByTestId('events').textContent()).toContain('run-finished');
    expect(await accessibilityViolations(page)).toEqual([]);

    // The runs list shows it with its live phase, and the filter keeps it or leaves it out.
    await page.goto(`${gui.server.url}/runs`);
    const row = page.locator('tr[data-run^="churn-prediction-"]');
    await expect.poll(() => row.textContent()).toContain('Succeeded');
    await page.getByLabel('Phase').selectOption('Failed');
    await expect.poll(() => row.count()).toBe(0);
    await page.getByLabel('Phase').selectOption('Succeeded');
    await expect.poll(() => row.count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('the builder without a mouse, narrow and dark', () => {
  test('adds and sets up steps from the keyboard, and shows on the node why the local cluster refuses a Kubernetes job', async () => {
    const page = await gui.page({ width: 420, height: 860 }, 'dark');
    await page.goto(`${gui.server.url}/builder`);
    // Keyboard focus goes to the page in front (an earlier test's page may have had it), once React has drawn it.
    await page.bringToFront();
    await page.getByRole('button', { name: 'Add Shell script' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    const focusOn = async (name: string) => {
      for (let presses = 0; presses < 40; presses += 1) {
        if ((await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent)) === name) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached "${name}".`);
    };
    await focusOn('Add Shell script');
    await page.keyboard.press('Enter');
    await focusOn('Add TensorFlow training job');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(2);
    // The new step's form is open: its fields are labelled, and the workers field is a number field from the schema.
    await page.getByLabel('Workers *').fill('3');
    await page.getByRole('form', { name: 'Settings of tensorflow-train' }).getByRole('group', { name: 'Runs after' }).getByLabel('shell', { exact: true }).press('Space');
    await expect.poll(() => page.getByRole('heading', { name: 'No problems' }).count()).toBe(1);
    expect(await page.getByTestId('code-view').textContent()).toContain('steps.tensorflow.train({ stepName: "tensorflow-train"');

    await page.getByRole('button', { name: 'Submit and run' }).click();
    const problems = page.getByTestId('problems');
    await expect.poll(() => problems.textContent()).toMatch(/tensorflow-train/);
    expect(await page.locator('.react-flow__node[data-id="tensorflow-train"]').getAttribute('class')).toContain('has-problem');
    expect(new URL(page.url()).pathname).toBe('/builder');
    await gui.screenshot(page, 'builder-narrow-dark-refused');
    expect(await accessibilityViolations(page)).toEqual([]);

    // A step set up once is registered on the server ("My steps") and placed again with its settings.
    await page.locator('.react-flow__node[data-id="shell"]').click();
    await page.getByLabel('Script *').fill('echo "saved for later: $ITEM"');
    await page.getByLabel('Save as').fill('Say saved');
    await page.getByRole('button', { name: 'Save as my step' }).click();
    await page.getByRole('button', { name: 'Add Say saved' }).click();
    await expect.poll(() => page.locator('.react-flow__node[data-id="say-saved"]').count()).toBe(1);
    expect(await page.getByLabel('Script *').inputValue()).toBe('echo "saved for later: $ITEM"');
    await page.close();
  });
});

describe('a failed run', () => {
  test('is opened in the GUI and retried from its failure point: finished steps are kept, the failed one runs again', async () => {
    const marker = join(tmpdir(), `couler-web-ready-${process.pid}-${Date.now()}`);
    const sh = (name: string, source: string, dependencies?: string[]) => ({ name, kind: 'script', script: { image: 'alpine:3.20', command: ['sh'], source }, ...(dependencies && { dependencies }) });
    const submitted = await gui.call('POST', '/api/v1/workflows', {
      workflow: {
        apiVersion: 'couler.dev/v1alpha1',
        kind: 'Workflow',
        metadata: { name: 'needs-data' },
        spec: { steps: [sh('prepare', 'echo prepared'), sh('check-data', `test -f '${marker}' || { echo "no data at ${marker}"; exit 3; }`, ['prepare']), sh('report', 'echo report done', ['check-data'])] },
      },
    });
    expect(submitted.status).toBe(201);
    const runId = (submitted.body.run as { id: string }).id;

    const page = await gui.page({ width: 420, height: 860 }, 'dark');
    await page.goto(`${gui.server.url}/runs/${runId}`);
    await expect.poll(() => phaseOf(page), { timeout: RUN_TIMEOUT, interval: 500 }).toBe('Failed');
    await expect.poll(() => page.locator('[data-step="check-data"]').textContent()).toBe('Failed');
    expect(await page.locator('[data-step="report"]').textContent()).toBe('Omitted');
    await expect.poll(() => page.getByTestId('logs').textContent()).toContain(`check-data | no data at ${marker}`);
    await gui.screenshot(page, 'failed-run-narrow-dark');
    expect(await accessibilityViolations(page)).toEqual([]);
    const before = await gui.call('GET', `/api/v1/runs/${runId}`);
    const prepareBefore = (before.body.steps as Array<{ name: string; startedAt: string }>).find((step) => step.name === 'prepare')!;

    writeFileSync(marker, 'rows');
    await page.getByRole('button', { name: 'Retry from failure' }).click();
    await expect.poll(() => phaseOf(page), { timeout: RUN_TIMEOUT, interval: 500 }).toBe('Succeeded');
    await expect.poll(() => page.locator('[data-step="report"]').textContent()).toBe('Succeeded');
    await expect.poll(() => page.getByTestId('events').textContent()).toContain('Retry from the failure point');
    const after = await gui.call('GET', `/api/v1/runs/${runId}`);
    const prepareAfter = (after.body.steps as Array<{ name: string; startedAt: string }>).find((step) => step.name === 'prepare')!;
    expect(prepareAfter.startedAt).toBe(prepareBefore.startedAt);
    await gui.screenshot(page, 'retried-run-narrow-dark');

    // Retry from a chosen step: that step and those after it run again, the ones before are kept.
    const startedOf = (body: Record<string, unknown>, name: string) => (body.steps as Array<{ name: string; startedAt: string }>).find((step) => step.name === name)!.startedAt;
    await page.getByLabel('Retry from step').selectOption('report');
    await page.getByRole('button', { name: 'Retry from this step' }).click();
    await expect.poll(() => page.getByTestId('events').textContent()).toContain('Retry from step "report" on');
    // The phase shown was Succeeded before the retry too: wait for the report to have run again, then for the page to say so.
    await expect.poll(async () => startedOf((await gui.call('GET', `/api/v1/runs/${runId}`)).body, 'report'), { timeout: RUN_TIMEOUT }).not.toBe(startedOf(after.body, 'report'));
    await expect.poll(() => phaseOf(page), { timeout: RUN_TIMEOUT, interval: 500 }).toBe('Succeeded');
    const again = (await gui.call('GET', `/api/v1/runs/${runId}`)).body;
    expect(again.phase).toBe('Succeeded');
    expect(startedOf(again, 'check-data')).toBe(startedOf(after.body, 'check-data'));
    await page.close();
  });
});

describe('the step registry', () => {
  test('keeps a step saved in one browser on the server: another browser sees it after a load, uses it in a workflow, edits and deletes it', async () => {
    const first = await gui.page();
    await first.goto(`${gui.server.url}/builder`);
    await first.getByRole('button', { name: 'Add Shell script' }).click();
    await first.getByLabel('Script *').fill('echo "greeting for $ITEM"');
    await first.getByLabel('Save as').fill('Greet each');
    await first.getByRole('button', { name: 'Save as my step' }).click();
    await first.getByRole('button', { name: 'Add Greet each' }).waitFor();
    await first.close();

    // Another browser: nothing of the first one's storage, only what the server keeps. It also had steps of its own in localStorage.
    const page = await gui.pageInAnotherBrowser();
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) localStorage.setItem('couler.my-steps', JSON.stringify([{ title: 'Old local step', zooId: 'shell', values: { image: 'alpine:3.20', source: 'echo old' } }]));
      sessionStorage.setItem('seeded', '1');
    });
    await page.goto(`${gui.server.url}/builder`);
    await page.getByText('1 step(s) saved in this browser only: Old local step.').waitFor();
    await page.getByRole('button', { name: 'Upload to the server' }).click();
    await page.getByRole('button', { name: 'Add Old local step' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('couler.my-steps'))).toBeNull();
    await page.reload();
    expect(await page.getByText('saved in this browser only').count()).toBe(0);

    await page.getByRole('button', { name: 'Add Greet each' }).click();
    await page.getByLabel('Fan out over (comma-separated items; each run sees $ITEM)').fill('ada, grace');
    await expect.poll(() => page.getByRole('heading', { name: 'No problems' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Submit and run' }).click();
    await page.waitForURL(/\/runs\//);
    await expect.poll(() => phaseOf(page), { timeout: RUN_TIMEOUT, interval: 500 }).toBe('Succeeded');
    await expect.poll(() => page.getByTestId('logs').textContent()).toContain('greeting for grace');
    expect(await page.getByTestId('logs').textContent()).toContain('greeting for ada');

    // Edit its title, then delete it: the registry on the server changes.
    await page.goto(`${gui.server.url}/builder`);
    await page.getByRole('button', { name: 'Edit Greet each' }).click();
    await page.getByRole('form', { name: 'Edit Greet each' }).getByLabel('Title').fill('Greet everyone');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('button', { name: 'Add Greet everyone' }).waitFor();
    expect(((await gui.call('GET', '/api/v1/steps/greet-each')).body as { title: string }).title).toBe('Greet everyone');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Delete Greet everyone' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Add Greet everyone' }).count()).toBe(0);
    expect((await gui.call('GET', '/api/v1/steps/greet-each')).status).toBe(404);
    await page.close();
  });
});

describe('a finished run', () => {
  test("lists its step's artifacts with their sizes and downloads one", async () => {
    const submitted = await gui.call('POST', '/api/v1/workflows', {
      workflow: {
        apiVersion: 'couler.dev/v1alpha1',
        kind: 'Workflow',
        metadata: { name: 'with-artifacts' },
        spec: {
          steps: [{
            name: 'train',
            kind: 'script',
            script: { image: 'alpine:3.20', command: ['sh'], source: 'printf "weights 0.42" > /tmp/model.txt; mkdir -p /tmp/report; printf ok > /tmp/report/index.html' },
            outputs: { artifacts: [{ name: 'model', path: '/tmp/model.txt' }, { name: 'report', path: '/tmp/report' }] },
          }],
        },
      },
    });
    const runId = (submitted.body.run as { id: string }).id;
    const page = await gui.page();
    await page.goto(`${gui.server.url}/runs/${runId}`);
    await expect.poll(() => phaseOf(page), { timeout: RUN_TIMEOUT, interval: 500 }).toBe('Succeeded');
    await page.getByRole('list', { name: 'Steps' }).getByRole('button', { name: 'train' }).click();
    const artifacts = page.getByTestId('artifacts');
    await expect.poll(() => artifacts.textContent()).toContain('model · 12 B');
    expect(await artifacts.textContent()).toContain('report · 2 B · directory (tar)');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download model of train' }).click()]);
    expect(download.suggestedFilename()).toBe('model');
    expect(readFileSync((await download.path())!, 'utf8')).toBe('weights 0.42');
    await gui.screenshot(page, 'run-artifacts-1280x800-light');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('a run that calls a sub-workflow', () => {
  // The longest name the IR takes (a DNS-1123 label): it wraps inside its box. Quotes, markup and
  // other characters never reach the page: the server refuses them by name (below).
  const CALL = 'train-evaluate-every-candidate-model-on-the-held-out-data-split';
  const node = (page: Page, id: string) => page.getByTestId('run-dag').locator(`.react-flow__node[data-id="${id}"]`);
  const edge = (page: Page, source: string, target: string) => page.getByTestId('run-dag').locator(`.react-flow__edge[data-id="${source}->${target}"]`);
  // Every line of the node's text lies inside the node's box (its handles stick out by design).
  const textInsideBox = (box: Element) => {
    const outer = box.getBoundingClientRect();
    return [...box.childNodes].filter((child) => child.nodeType === Node.TEXT_NODE).every((text) => {
      const range = document.createRange();
      range.selectNode(text);
      return [...range.getClientRects()].every((line) => line.left >= outer.left && line.right <= outer.right && line.top >= outer.top && line.bottom <= outer.bottom);
    });
  };
  // Every node in the graph's frame: opening or closing a call fits the graph in view again.
  const allInView = (page: Page) =>
    page.getByTestId('run-dag').evaluate((dag) => {
      const frame = dag.getBoundingClientRect();
      return [...dag.querySelectorAll('.react-flow__node')].every((box) => {
        const at = box.getBoundingClientRect();
        return at.left >= frame.left - 1 && at.right <= frame.right + 1 && at.top >= frame.top - 1 && at.bottom <= frame.bottom + 1;
      });
    });
  const counts = async (page: Page) => [await page.getByTestId('run-dag').locator('.react-flow__node').count(), await page.getByTestId('run-dag').locator('.react-flow__edge').count()];

  test('shows the call as one node with its iterations and overall phase, opens it into its iterations and steps on a click, and closes it again', async () => {
    const marker = join(tmpdir(), `couler-web-calls-${process.pid}-${Date.now()}`);
    const sh = (name: string, source: string, extra: Record<string, unknown> = {}) => ({ name, kind: 'script', script: { image: 'alpine:3.20', command: ['sh'], source }, env: [{ name: 'MODEL', value: { ref: 'parameter', name: 'model' } }], ...extra });
    const submitted = await gui.call('POST', '/api/v1/workflows', {
      workflow: {
        apiVersion: 'couler.dev/v1alpha1',
        kind: 'Workflow',
        metadata: { name: 'automl' },
        spec: {
          steps: [
            { name: 'prepare', kind: 'script', script: { image: 'alpine:3.20', command: ['sh'], source: 'echo prepared' } },
            { name: CALL, kind: 'subWorkflow', subWorkflow: { name: 'train-evaluate' }, dependencies: ['prepare'], map: { items: ['a', 'b', 'c'] }, inputs: { parameters: [{ name: 'model', value: { ref: 'item' } }] } },
            { name: 'keep-best', kind: 'script', script: { image: 'alpine:3.20', command: ['sh'], source: 'echo kept' }, dependencies: [CALL] },
          ],
          subWorkflows: [{
            name: 'train-evaluate',
            inputs: { parameters: [{ name: 'model' }] },
            steps: [
              sh('train', `[ "$MODEL" != c ] || while [ ! -f '${marker}' ]; do sleep 0.1; done; echo "trained $MODEL"`),
              sh('evaluate', '[ "$MODEL" != c ] || { echo "no score for c"; exit 4; }; echo "score of $MODEL"', { dependencies: ['train'] }),
            ],
          }],
        },
      },
    });
    expect(submitted.status).toBe(201);
    const runId = (submitted.body.run as { id: string }).id;
    const page = await gui.page();
    await page.goto(`${gui.server.url}/runs/${runId}`);

    // Closed: one node for the call, edges into and out of it; running while item c waits.
    await expect.poll(() => node(page, CALL).textContent()).toBe(`${CALL} · 3 iterations · Running`);
    await expect.poll(() => counts(page)).toEqual([3, 2]);
    expect(await edge(page, 'prepare', CALL).count()).toBe(1);
    expect(await edge(page, CALL, 'keep-best').count()).toBe(1);
    expect(await node(page, CALL).evaluate(textInsideBox)).toBe(true);

    // Open: the call holds its three iterations, each the definition's two steps and their edge.
    await node(page, CALL).click();
    await expect.poll(() => counts(page)).toEqual([12, 5]);
    await expect.poll(() => allInView(page)).toBe(true);
    for (const index of [0, 1, 2]) expect(await edge(page, `${CALL}[${index}].train`, `${CALL}[${index}].evaluate`).count()).toBe(1);
    await expect.poll(() => node(page, `${CALL}[1].evaluate`).textContent()).toBe('evaluate · Succeeded');
    await expect.poll(() => node(page, `${CALL}[0]`).textContent()).toBe(`${CALL}[0] Succeeded`);
    expect(await node(page, `${CALL}[2].train`).textContent()).toBe('train · Running');
    expect(await node(page, `${CALL}[2]`).textContent()).toBe(`${CALL}[2] Running`);
    expect(await edge(page, 'prepare', CALL).count()).toBe(1);
    expect(await page.getByRole('button', { name: `Close call ${CALL}` }).getAttribute('aria-expanded')).toBe('true');

    writeFileSync(marker, 'ready');
    await expect.poll(() => phaseOf(page), { timeout: RUN_TIMEOUT, interval: 500 }).toBe('Failed');
    await expect.poll(() => node(page, `${CALL}[2].evaluate`).textContent()).toBe('evaluate · Failed');
    expect(await node(page, `${CALL}[2]`).getAttribute('class')).toContain('phase-failed');
    expect(await node(page, `${CALL}[0]`).getAttribute('class')).toContain('phase-succeeded');
    await expect.poll(() => node(page, CALL).locator('.dag-group-label').textContent()).toBe(`${CALL} 3 iterations · Failed`);
    expect(await page.locator(`[data-step="${CALL}"]`).textContent()).toBe('Failed');
    // The step's logs, picked on the graph.
    await node(page, `${CALL}[2].evaluate`).click();
    await expect.poll(() => page.getByTestId('logs').textContent()).toBe(`${CALL}[2].evaluate | no score for c`);
    await gui.screenshot(page, 'run-sub-workflow-open-1280x800-light');
    expect(await accessibilityViolations(page)).toEqual([]);

    // Closed again, by a click on the open call: one node again, the edges on it.
    await node(page, CALL).click({ position: { x: 20, y: 10 } });
    await expect.poll(() => counts(page)).toEqual([3, 2]);
    await expect.poll(() => allInView(page)).toBe(true);
    expect(await node(page, CALL).textContent()).toBe(`${CALL} · 3 iterations · Failed`);
    expect(await edge(page, CALL, 'keep-best').count()).toBe(1);
    // And from the keyboard, with the step list's button.
    await page.getByRole('button', { name: `Open call ${CALL}` }).press('Enter');
    await expect.poll(() => counts(page)).toEqual([12, 5]);
    await page.close();
  });

  test('is refused at submission when a call or definition is named with quotes, markup or more than a label takes, naming the field', async () => {
    const call = (name: string, definition: string) => ({
      apiVersion: 'couler.dev/v1alpha1',
      kind: 'Workflow',
      metadata: { name: 'hostile' },
      spec: { steps: [{ name, kind: 'subWorkflow', subWorkflow: { name: definition } }], subWorkflows: [{ name: definition, steps: [{ name: 'say', kind: 'script', script: { image: 'alpine:3.20', command: ['sh'], source: 'echo hi' } }] }] },
    });
    for (const hostile of ['"><script>alert(1)</script>', "it's $(rm -rf ~) {{x}}", 'x'.repeat(64)]) {
      for (const workflow of [call(hostile, 'body'), call('fine', hostile)]) {
        const answer = await gui.call('POST', '/api/v1/workflows', { workflow });
        expect(answer.status).toBe(400);
        const error = answer.body.error as { code: string; message: string; hint?: string };
        expect(error.message).toContain(hostile);
      }
    }
    expect(((await gui.call('GET', '/api/v1/runs?workflow=hostile')).body.items as unknown[]).length).toBe(0);
  });
});
