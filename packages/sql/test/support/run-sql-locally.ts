import { runWorkflow, secretVariable, type RunSummary } from '@couler/backend-local';
import { compileSql, DATABASE_SECRET_NAME, DATABASE_URL_VARIABLE, parseDatabaseUrl } from '../../src/index';

/** Each statement's workflow run on the local engine, in order, stopping at the first that fails. */
export async function runSqlLocally(text: string, url: string, home: string): Promise<RunSummary[]> {
  const target = parseDatabaseUrl(url);
  const summaries: RunSummary[] = [];
  for (const { workflow } of compileSql(text, { dialect: target.dialect })) {
    const summary = await runWorkflow(workflow, {
      home,
      cache: false,
      env: { ...process.env, [secretVariable('secret', DATABASE_SECRET_NAME, DATABASE_URL_VARIABLE)]: target.url },
    });
    summaries.push(summary);
    if (summary.phase !== 'Succeeded') {
      // What failed, in the test's output: the assertion on phases only says that something did.
      console.error(`${workflow.metadata.name}: ${summary.message ?? ''}\n${summary.steps.map((step) => `  ${step.stepName} ${step.phase} ${step.message ?? ''}`).join('\n')}`);
      break;
    }
  }
  return summaries;
}

/** A step's JSON output parameter (`metrics`, `written` …). */
export function stepOutput(summary: RunSummary, stepName: string, output: string): unknown {
  const step = summary.steps.find((entry) => entry.stepName === stepName);
  const text = step?.outputs.parameters[output];
  if (text === undefined) throw new Error(`step ${stepName} has no output ${output} (steps: ${summary.steps.map((entry) => `${entry.stepName} ${entry.phase}`).join(', ')})`);
  return JSON.parse(text);
}
