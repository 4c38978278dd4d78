// Code 1 of the Couler tech report: a producer writes a parameter artifact, a consumer reads it.
import { createParameterArtifact, runContainer, workflow, type StepHandle } from '@couler/dsl';

function producer(stepName: string): StepHandle {
  const outputPlace = createParameterArtifact('/opt/hello_world.txt', { global: true });
  return runContainer({
    image: 'docker/whalesay:latest',
    args: [`echo -n hello world > ${outputPlace.path}`],
    command: ['bash', '-c'],
    output: outputPlace,
    stepName,
  });
}

function consumer(stepName: string, input: StepHandle): StepHandle {
  return runContainer({
    image: 'docker/whalesay:latest',
    command: ['cowsay'],
    args: [input],
    stepName,
  });
}

export default workflow('code1-artifacts', () => {
  const output = producer('step1');
  consumer('step2', output);
});
