import { airflow } from '@couler/backend-airflow';
import { argo } from '@couler/backend-argo';
import { tekton } from '@couler/backend-tekton';
import { parseWorkflow, type BackendV1 } from '@couler/ir';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ERROR_RESPONSES } from './route-schemas';

/** The engines `couler compile --backend` knows, under the same names. */
const COMPILE_BACKENDS = { argo, airflow, tekton } as const satisfies Record<string, BackendV1>;

const CompileBody = z
  .object({
    workflow: z.record(z.string(), z.unknown()).meta({ description: 'The workflow IR.' }),
    backend: z.enum(['argo', 'airflow', 'tekton']),
  })
  .strict();

const CompileResult = z
  .object({
    files: z.array(z.object({ path: z.string(), contents: z.string() })),
    warnings: z.array(z.object({ message: z.string(), stepName: z.string().optional() })),
  })
  .meta({ id: 'CompileResult' });

/**
 * `POST /compile`: the engine files `couler compile` writes for a workflow, without running it —
 * what the GUI's builder shows beside the TypeScript. Errors are the CLI's, with the IR's paths.
 */
export function compileRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/compile',
      { schema: { summary: 'Compile a workflow for Argo, Airflow or Tekton (nothing is stored or run)', tags: ['workflows'], body: CompileBody, response: { 200: CompileResult, ...ERROR_RESPONSES } } },
      async (request) => {
        const workflow = parseWorkflow(request.body.workflow);
        const result = await COMPILE_BACKENDS[request.body.backend].doCompile(workflow, {});
        return {
          files: result.files.map((file) => ({ path: file.path, contents: file.contents })),
          warnings: result.warnings.map((warning) => ({ message: warning.message, ...(warning.stepName !== undefined && { stepName: warning.stepName }) })),
        };
      },
    );
  };
}
