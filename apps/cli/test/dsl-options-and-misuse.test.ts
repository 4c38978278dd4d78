import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseWorkflow } from '@couler/ir';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runCouler, scratchWith, type CoulerRun } from './run-couler';

// Issue 23, the DSL half: files that passed `validate` and were wrong on the engine, and
// errors that pointed at the wrong place. Each workflow file is written as a user would write
// it (JavaScript habits and `as any` included, since only tsc would catch those), then run
// through the built `couler`.

/** Writes `files` (name → text) into a fresh scratch directory and returns it. */
function scratch(files: Record<string, string>): string {
  const directory = scratchWith();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(directory, name), text);
  return directory;
}

async function validate(name: string, text: string): Promise<CoulerRun> {
  return runCouler(['validate', name], scratch({ [name]: text }));
}

/** The `--> file:line` lines of an error, as `file:line`. */
function pointers(stderr: string): string[] {
  return [...stderr.matchAll(/^ {2}--> (.+?):(\d+):\d+$/gm)].map((match) => `${match[1]}:${match[2]}`);
}

describe.concurrent('secrets: different data never shares a name, and no value leaves memory', () => {
  const twoTokens = (aliceOptions: string, bobOptions: string) => `import { createSecret, runContainer, workflow } from '@couler/dsl';
export default workflow('tokens', () => {
  const alice = createSecret({ token: 'alice-token' }${aliceOptions});
  const bob = createSecret({ token: 'bob-token' }${bobOptions});
  runContainer({ image: 'alpine:3.20', stepName: 'alice', command: ['sh', '-c', 'echo $token'], secret: alice });
  runContainer({ image: 'alpine:3.20', stepName: 'bob', command: ['sh', '-c', 'echo $token'], secret: bob });
});
`;

  it('refuses two default-named secrets with the same keys and other values, at both calls, asking for a name', async () => {
    const { code, stdout, stderr } = await validate('tokens.ts', twoTokens('', ''));
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^error\[DUPLICATE_NAME\]: Two createSecret\(\) calls with the same keys \("token"\) but other values would share the default Secret name "couler-[0-9a-f]{16}"/m);
    expect(stderr).toContain("hint: Give one of them (or each) its own name: createSecret({ … }, { name: 'team-b-credentials' }).");
    expect(pointers(stderr)).toEqual(['tokens.ts:4', 'tokens.ts:3']);
    // The values stay out of the message too.
    expect(stderr).not.toMatch(/alice-token|bob-token/);
  });

  it('with a name for each, compiles two Secrets read by their own steps; no value (nor its digest) in the IR or the Argo file', async () => {
    const directory = scratch({ 'tokens.ts': twoTokens(", { name: 'alice' }", ", { name: 'bob' }") });
    const ir = await runCouler(['ir', 'tokens.ts', '--json'], directory);
    expect(ir.stderr).toBe('');
    const workflow = parseWorkflow(ir.stdout);
    expect(workflow.spec.secrets).toEqual([
      { name: 'alice', keys: ['token'] },
      { name: 'bob', keys: ['token'] },
    ]);
    const secretOf = (step: string) => workflow.spec.steps.find((each) => each.name === step)?.env?.[0]?.secretKeyRef?.name;
    expect([secretOf('alice'), secretOf('bob')]).toEqual(['alice', 'bob']);
    const argo = await runCouler(['compile', 'tokens.ts', '--backend', 'argo', '--validate'], directory);
    expect(argo.code).toBe(0);
    const digests = ['alice-token', 'bob-token'].map((value) => createHash('sha256').update(value).digest('hex').slice(0, 12));
    for (const text of [ir.stdout, argo.stdout]) {
      for (const leak of ['alice-token', 'bob-token', ...digests]) expect(text).not.toContain(leak);
    }
  });

  it('gives the same data one Secret (as the Python Couler), and another workflow with the same keys another name', async () => {
    const same = `import { createSecret, runContainer, workflow } from '@couler/dsl';
export default workflow('NAME', () => {
  runContainer({ image: 'alpine:3.20', stepName: 'a', secret: createSecret({ token: 'shared' }) });
  runContainer({ image: 'alpine:3.20', stepName: 'b', secret: createSecret({ token: 'shared' }) });
});
`;
    const directory = scratch({ 'one.ts': same.replace('NAME', 'one'), 'two.ts': same.replace('NAME', 'two') });
    const [one, two] = await Promise.all(['one.ts', 'two.ts'].map((file) => runCouler(['ir', file, '--json'], directory)));
    const secretsOne = parseWorkflow(one!.stdout).spec.secrets!;
    const secretsTwo = parseWorkflow(two!.stdout).spec.secrets!;
    expect(secretsOne).toHaveLength(1);
    expect(secretsOne[0]!.name).toMatch(/^couler-[0-9a-f]{16}$/);
    expect(secretsTwo).toHaveLength(1);
    expect(secretsTwo[0]!.name).not.toBe(secretsOne[0]!.name);
  });

  it("refuses the Python call's keyword arguments given as data (secretData, dryRun), pointing at the first argument", async () => {
    const { code, stderr } = await validate(
      'python-shape.js',
      `import { createSecret, runContainer, workflow } from '@couler/dsl';
export default workflow('python-shape', () => {
  const secret = createSecret({ secretData: { token: 'alice-token' }, dryRun: true });
  runContainer({ image: 'alpine:3.20', secret });
});
`,
    );
    expect(code).toBe(1);
    expect(stderr).toContain('error[INVALID_DSL_USAGE]: createSecret() got a key "secretData": its first argument is the Secret\'s data itself');
    expect(stderr).toContain('hint: "secretData" is create_secret(secret_data=…) in Python; here, give the data itself as the first argument: createSecret({ token: … }, { name? }).');
    expect(pointers(stderr)).toEqual(['python-shape.js:3']);
    expect(stderr).not.toContain('alice-token');
  });
});

describe.concurrent('a step with several outputs, given whole', () => {
  const producer = `import { createParameterArtifact, equal, runContainer, when, workflow } from '@couler/dsl';
export default workflow('places', () => {
  const producer = runContainer({
    image: 'alpine:3.20',
    stepName: 'producer',
    command: ['sh', '-c', 'echo 1 > /tmp/one; echo 2 > /tmp/two'],
    output: [createParameterArtifact('/tmp/one', { name: 'place_one' }), createParameterArtifact('/tmp/two', { name: 'place_two' })],
  });
  CONSUMER
});
`;

  it('in args passes every output in declared order, on Argo too', async () => {
    const directory = scratch({ 'places.ts': producer.replace('CONSUMER', "runContainer({ image: 'alpine:3.20', stepName: 'consumer', command: ['echo'], args: ['got', producer] });") });
    const ir = await runCouler(['ir', 'places.ts', '--json'], directory);
    expect(ir.stderr).toBe('');
    const consumer = parseWorkflow(ir.stdout).spec.steps.find((step) => step.name === 'consumer')!;
    expect(consumer.kind === 'container' && consumer.container.args).toEqual([
      'got',
      { ref: 'step', step: 'producer', output: 'place_one' },
      { ref: 'step', step: 'producer', output: 'place_two' },
    ]);
    const argo = await runCouler(['compile', 'places.ts', '--backend', 'argo', '--validate'], directory);
    expect(argo.code).toBe(0);
    const document = parseYaml(argo.stdout) as { spec: { templates: Array<{ name: string; container?: { args?: string[] } }> } };
    const args = document.spec.templates.find((template) => template.name === 'consumer')!.container!.args!;
    expect(args).toHaveLength(3);
    expect(args[1]).toContain('place_one');
    expect(args[2]).toContain('place_two');
  });

  it('where one value is taken (a condition, an env value) is refused, naming the outputs and step.output(…)', async () => {
    const condition = await validate('condition.ts', producer.replace('CONSUMER', "when(equal(producer, '1'), () => runContainer({ image: 'alpine:3.20', stepName: 'one' }));"));
    expect(condition.code).toBe(1);
    expect(condition.stderr).toContain('error[TYPE_MISMATCH]: equal() left side takes one value, but step "producer" has 2 outputs: "place_one", "place_two".');
    expect(condition.stderr).toContain("hint: Say which one: producer.output('place_one').");
    expect(pointers(condition.stderr)).toEqual(['condition.ts:9']);
    const env = await validate('env.ts', producer.replace('CONSUMER', "runContainer({ image: 'alpine:3.20', stepName: 'consumer', env: { PLACE: producer } });"));
    expect(env.code).toBe(1);
    expect(env.stderr).toContain('runContainer({ env.PLACE }) takes one value, but step "producer" has 2 outputs');
  });
});

describe.concurrent('options the DSL does not know are refused, not dropped', () => {
  const step = (options: string) => `import { runContainer, workflow } from '@couler/dsl';
export default workflow('options', () => {
  runContainer({ image: 'alpine:3.20', stepName: 'a', ${options} });
});
`;

  for (const field of ['hostNetwork', 'hostPID', 'shareProcessNamespace']) {
    it(`runContainer({ ${field} }) is refused as not supported yet, at the call`, async () => {
      const { code, stderr } = await validate('k8s.js', step(`${field}: {}`));
      expect(code).toBe(1);
      expect(stderr).toContain(`error[INVALID_DSL_USAGE]: runContainer() got "${field}", a Kubernetes field Couler does not support yet.`);
      expect(stderr).toContain(`hint: Remove "${field}"`);
      expect(stderr).not.toContain('Did you mean');
      expect(pointers(stderr)).toEqual(['k8s.js:3']);
    });
  }

  it('takes the pod-spec options, and refuses a value Kubernetes would refuse at the call, with its path', async () => {
    const ok = await validate('pod.js', step("securityContext: { runAsNonRoot: true }, dnsPolicy: 'ClusterFirst', sidecars: [{ name: 'proxy', image: 'envoy:1' }]"));
    expect(ok.code, ok.stderr).toBe(0);
    const bad = await validate('pod-bad.js', step("dnsPolicy: 'Sometimes'"));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('steps.a.pod.dnsPolicy');
  });

  it("maps the Python Couler's snake_case names and typos to the option to write", async () => {
    const snake = await validate('snake.js', step("step_name: 'b'"));
    expect(snake.code).toBe(1);
    expect(snake.stderr).toContain('runContainer() has no option "step_name". Write "stepName" (the Python Couler\'s "step_name").');
    const typo = await validate('typo.js', step("imagePullPolicyy: 'Always'"));
    expect(typo.stderr).toContain('runContainer() has no option "imagePullPolicyy". Did you mean "imagePullPolicy"?');
    expect(typo.stderr).toContain('hint: runContainer() takes: stepName, description,');
    const nested = await validate('nested.js', step('retry: { limit: 2, backof: { duration: 5 } }'));
    expect(nested.stderr).toContain('runContainer({ retry }) has no option "backof". Did you mean "backoff"?');
  });

  it('configWorkflow({ cronConfig }) says to write cron instead of building a plain Workflow', async () => {
    const { code, stderr } = await validate(
      'cron.js',
      `import { configWorkflow, runContainer, workflow } from '@couler/dsl';
export default workflow('nightly', () => {
  configWorkflow({ cronConfig: { schedule: '0 2 * * *' } });
  runContainer({ image: 'alpine:3.20' });
});
`,
    );
    expect(code).toBe(1);
    expect(stderr).toContain('configWorkflow() has no option "cronConfig". Write "cron" instead');
    expect(pointers(stderr)).toEqual(['cron.js:3']);
  });

  it('createSecret(data, { dryRun }) says to leave it out', async () => {
    const { code, stderr } = await validate(
      'dry-run.js',
      `import { createSecret, runContainer, workflow } from '@couler/dsl';
export default workflow('dry-run', () => {
  runContainer({ image: 'alpine:3.20', secret: createSecret({ token: 't' }, { dryRun: true }) });
});
`,
    );
    expect(code).toBe(1);
    expect(stderr).toContain('createSecret(data, options) has no option "dryRun". Leave it out: createSecret() never creates the Secret');
  });

  it('concurrent({ subtasks: true }) is refused, saying why and what to use instead', async () => {
    const { code, stderr } = await validate(
      'subtasks.js',
      `import { concurrent, runContainer, workflow } from '@couler/dsl';
export default workflow('subtasks', () => {
  concurrent([() => runContainer({ image: 'alpine:3.20' }), () => runContainer({ image: 'busybox:1.36' })], { subtasks: true });
});
`,
    );
    expect(code).toBe(1);
    expect(stderr).toContain('error[INVALID_DSL_USAGE]: concurrent({ subtasks: true }) is not supported: each branch of concurrent() already runs its steps in order');
    expect(stderr).toContain('To cap how many branches run at once, use { parallelism: n }.');
    expect(pointers(stderr)).toEqual(['subtasks.js:3']);
  });
});

describe.concurrent('errors that pointed at the wrong place', () => {
  it('dag() given called steps says dag() takes functions, not DUPLICATE_STEP inside jobA', async () => {
    const { code, stderr } = await validate(
      'diamond.js',
      `import { dag, runContainer, workflow } from '@couler/dsl';
const jobA = () => runContainer({ image: 'alpine:3.20', stepName: 'a' });
const jobB = () => runContainer({ image: 'alpine:3.20', stepName: 'b' });
export default workflow('diamond', () => {
  dag([[jobA()], [jobA(), jobB()]]);
});
`,
    );
    expect(code).toBe(1);
    expect(stderr).not.toContain('DUPLICATE_STEP');
    expect(stderr).toContain('error[INVALID_DSL_USAGE]: dag() takes the functions that make the steps, but it was given step "a"');
    expect(stderr).toContain('hint: Pass the functions without calling them: dag([[jobA], [jobA, jobB]])');
    expect(pointers(stderr)).toEqual(['diamond.js:5']);
  });

  it('a function with a fixed stepName called twice points at both calls and says how to reuse the step', async () => {
    const { code, stderr } = await validate(
      'twice.js',
      `import { runContainer, workflow } from '@couler/dsl';
function train() {
  return runContainer({ image: 'alpine:3.20', stepName: 'train' });
}
export default workflow('twice', () => {
  train();
  train();
});
`,
    );
    expect(code).toBe(1);
    expect(stderr).toContain('error[DUPLICATE_STEP]: Step "train" is made twice');
    expect(stderr).toContain('keep the handle the first call returned');
    expect(stderr).toContain('give each call its own stepName');
    expect(pointers(stderr)).toEqual(['twice.js:7', 'twice.js:6']);
  });

  it('indexing a handle (rets[0][0], as in Python) says handles are not lists and how to reach an output', async () => {
    const { code, stderr } = await validate(
      'indexed.js',
      `import { createParameterArtifact, runContainer, workflow } from '@couler/dsl';
export default workflow('indexed', () => {
  const rets = runContainer({ image: 'alpine:3.20', stepName: 'producer', output: createParameterArtifact('/tmp/n', { name: 'n' }) });
  runContainer({ image: 'alpine:3.20', stepName: 'consumer', args: [rets[0][0]] });
});
`,
    );
    expect(code).toBe(1);
    expect(stderr).not.toContain('got undefined');
    expect(stderr).not.toContain('LOAD_FAILED');
    expect(stderr).toContain('error[INVALID_DSL_USAGE]: Step "producer" was read at index [0], but handles are not lists.');
    expect(stderr).toContain("hint: Pass the step itself (args: [step]) or name the output: producer.output('n'), producer.result.");
    expect(pointers(stderr)).toEqual(['indexed.js:4']);
  });

  it("cron: { suspend: 'false' } is located at the configWorkflow call like every other error", async () => {
    const { code, stderr } = await validate(
      'suspended.js',
      `import { configWorkflow, runContainer, workflow } from '@couler/dsl';
export default workflow('suspended', () => {
  runContainer({ image: 'alpine:3.20' });
  configWorkflow({ cron: { schedule: '0 2 * * *', suspend: 'false' } });
});
`,
    );
    expect(code).toBe(1);
    expect(stderr).toContain('error[INVALID_FIELD] at cron.suspend: cron.suspend must be a boolean');
    expect(pointers(stderr)).toEqual(['suspended.js:4']);
  });
});

describe.concurrent('artifacts in either call shape', () => {
  it('createS3Artifact({ path, bucket, key }) means what createS3Artifact(path, { bucket, key }) means', async () => {
    const body = (call: string) => `import { createS3Artifact, runContainer, workflow } from '@couler/dsl';

export default workflow('s3', () => {
  runContainer({ image: 'alpine:3.20', command: ['ls'], stepName: 'a', output: ${call} });
});
`;
    const directory = scratch({ 'object.ts': body("createS3Artifact({ path: '/data', bucket: 'b', key: 'k' })"), 'positional.ts': body("createS3Artifact('/data', { bucket: 'b', key: 'k' })") });
    const object = await runCouler(['compile', 'object.ts', '--backend', 'argo', '--validate'], directory);
    expect(object.stderr).toBe('');
    expect(object.code).toBe(0);
    expect(object.stdout).toContain('bucket: b');
    const positional = await runCouler(['compile', 'positional.ts', '--backend', 'argo', '--validate'], directory);
    expect(object.stdout).toBe(positional.stdout);
  });
});
