/**
 * @couler/backend-argo/test — a fake Argo Server for tests of code that submits to Argo: a real
 * HTTP server on 127.0.0.1 speaking the Argo Server's REST API, with a deterministic controller.
 *
 *   const server = await FakeArgoServer.start({ token: 't' });
 *   await argo.doSubmit!(compiled, { server: server.url, namespace: 'argo', token: 't' });
 */
export { FakeArgoServer, type FakeArgoServerOptions, type RecordedRequest } from './argo-server';
export { FakeArgoController, type FakeScenario, type FakeNode, type FakeLogLine } from './fake-argo-controller';
/** The expr-lang subset Argo's expressions use, to judge a compiled `retryStrategy.expression` or `when`. */
export { evaluateExpr, ExprError } from './expr';
/**
 * Runs a compiled document the way Argo's controller would (substitution phases, `when`, loops,
 * fan-ins, retries), calling `behaviour` for each leaf pod: what cross-package tests compare
 * with the local engine.
 */
export { simulateArgo, type LeafRun } from './simulate-argo';
