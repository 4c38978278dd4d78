/**
 * What every code-writing prompt says about the DSL before the retrieved references: the shape
 * of a workflow file and the calls of Tables I and II of the Couler paper, in TypeScript.
 */
export const COULER_DSL_PRIMER = `Couler workflows are TypeScript files using @couler/dsl:
  export default workflow('name', () => { /* statements that create steps */ });
Inside the build function:
- runContainer({ image, command?: string[], args?: (string | handle)[], input?, output?, stepName?, env?, resources?, retry? }) and runScript({ image, source, command?, stepName?, output? }) create a step and return a StepHandle. Steps run in the order they are written unless setDependencies or data dependencies say otherwise.
- Outputs: output: createParameterArtifact('/out/acc.txt', { name: 'accuracy' }) (a small value read from a file) or createLocalArtifact('/data', { name: 'dataset' }) / createS3Artifact(path, { bucket, key }) (files). step.output('accuracy') is that output; passing a StepHandle or an output in args or input makes a data dependency. A script's standard output is read by passing the step itself.
- Parameters: parameter('epochs', { type: 'integer', default: 10 }) declares a workflow parameter; pass the handle in args.
- Conditions: when(equal(step, 'heads'), () => runContainer(…)); also notEqual, bigger, smaller, biggerEqual, smallerEqual, inList, and, or, not.
- Loops: map((item) => runContainer({ …, args: [item] }), ['a', 'b']) runs one step per item; execWhile(equal('tails'), () => flip(), { maxIterations: 20 }) repeats.
- Parallel branches: concurrent([() => stepA(), () => stepB()]) returns the handles in order.
- Explicit order: setDependencies(() => runContainer(…), [a, b]); dag([[a], [a, b]]) with functions that return named steps.
- Exit handler: setExitHandler('Failed', () => runContainer(…)).
- Distributed training from the step zoo: steps.tensorflow.train({ image, command, numWorkers, … }), steps.pytorch.train, steps.mpi.run, steps.xgboost.train, steps.lightgbm.train.
- stepName must be unique, lowercase letters, digits and '-'. A step made in a function called several times needs a stepName that differs per call (or none).`;
