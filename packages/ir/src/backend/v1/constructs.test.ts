import { describe, expect, test } from 'vitest';
import { container, echo, output, script, workflow } from '../../__tests__/workflows';
import { conformanceWorkflows } from '../../test/conformance-workflows';
import { ALL_CONSTRUCTS, CONSTRUCTS, OPT_IN_CONSTRUCTS, detectConstructs } from './constructs';
import { assertSupported } from './assert-supported';

function uses(value: Parameters<typeof detectConstructs>[0]): string[] {
  return detectConstructs(value).map((use) => `${use.construct} @ ${use.path.join('.')}${use.stepName ? ` by ${use.stepName}` : ''}`);
}

describe('detectConstructs', () => {
  test('a plain container step uses only container steps', () => {
    expect(uses(workflow([container('a')]))).toEqual(['step.container @ steps.a.container by a']);
  });

  test('finds step-level constructs, in document order, with the step that uses them', () => {
    const step = script('train', {
      dependencies: ['prep'],
      depends: 'prep',
      when: { op: 'equal', left: 1, right: 1 },
      map: { items: [1] },
      retry: { limit: 2, backoff: { durationSeconds: 5 } },
      timeoutSeconds: 60,
      resources: { limits: { gpu: 1 } },
      env: [{ name: 'TOKEN', secretKeyRef: { name: 's', key: 'k' } }, { name: 'MODE', configMapKeyRef: { name: 'c', key: 'k' } }],
      envFrom: [{ secretRef: { name: 's' } }],
      volumeMounts: [{ name: 'data', mountPath: '/d' }],
      nodeSelector: { pool: 'gpu' },
      tolerations: [{ key: 'gpu', operator: 'Exists' }],
      cache: { ttlSeconds: 10 },
      daemon: true,
      continueOn: { failed: true },
      inputs: {
        parameters: [{ name: 'p', value: 'v' }],
        artifacts: [
          { name: 'raw', path: '/r', raw: 'x' },
          { name: 'git', path: '/g', location: { type: 'git', repo: 'https://example.com/r.git' } },
        ],
      },
      outputs: { parameters: [{ name: 'acc', path: '/acc', global: true }], artifacts: [{ name: 'model', path: '/m', location: { type: 'oss', bucket: 'b', key: 'k', endpoint: 'e' } }] },
    });
    expect(uses(workflow([container('prep'), step], { volumes: [{ name: 'data', emptyDir: {} }] }))).toEqual([
      'step.container @ steps.prep.container by prep',
      'step.script @ steps.train.script by train',
      'when @ steps.train.when by train',
      'map.items @ steps.train.map by train',
      'dependencies @ steps.train.dependencies by train',
      'depends-expression @ steps.train.depends by train',
      'retry @ steps.train.retry by train',
      'retry.backoff @ steps.train.retry.backoff by train',
      'timeout @ steps.train.timeoutSeconds by train',
      'resources @ steps.train.resources by train',
      'resources.gpu @ steps.train.resources by train',
      'env.secret @ steps.train.env.TOKEN by train',
      'env.config-map @ steps.train.env.MODE by train',
      'env-from @ steps.train.envFrom by train',
      'volume-mounts @ steps.train.volumeMounts by train',
      'node-selector @ steps.train.nodeSelector by train',
      'tolerations @ steps.train.tolerations by train',
      'cache @ steps.train.cache by train',
      'daemon @ steps.train.daemon by train',
      'continue-on @ steps.train.continueOn by train',
      'input-parameters @ steps.train.inputs.parameters by train',
      'output-parameters @ steps.train.outputs.parameters by train',
      'input-artifacts @ steps.train.inputs.artifacts.raw by train',
      'artifact.raw @ steps.train.inputs.artifacts.raw by train',
      'input-artifacts @ steps.train.inputs.artifacts.git by train',
      'artifact.git @ steps.train.inputs.artifacts.git by train',
      'output-artifacts @ steps.train.outputs.artifacts.model by train',
      'artifact.oss @ steps.train.outputs.artifacts.model by train',
      'global-outputs @ steps.train.outputs by train',
      'workflow.volumes @ volumes',
    ]);
  });

  test('finds workflow-level constructs, groups and the exit handler', () => {
    const value = workflow([container('a'), echo('b', [output('a')])], {
      parameters: [{ name: 'p' }],
      groups: [
        { name: 'fan', kind: 'concurrent', branches: [['a']] },
        { name: 'loop', kind: 'while', steps: ['b'], condition: { op: 'equal', left: output('b'), right: 'x' }, maxIterations: 2 },
      ],
      onExit: [container('notify')],
      parallelism: 2,
      timeoutSeconds: 600,
      cron: { schedule: '0 3 * * *' },
      ttl: { secondsAfterCompletion: 60 },
      podGC: { strategy: 'OnPodSuccess' },
      volumeClaimTemplates: [{ name: 'work', accessModes: ['ReadWriteOnce'], storage: '1Gi' }],
      serviceAccount: 'runner',
      imagePullSecrets: ['registry'],
      priority: 5,
      nodeSelector: { pool: 'cpu' },
      tolerations: [{ key: 'spot' }],
      retry: { limit: 1 },
      cache: { enabled: true },
    });
    expect(uses(value).filter((use) => !use.startsWith('step.'))).toEqual([
      'exit-handler @ onExit',
      'concurrent @ groups.fan by fan',
      'while @ groups.loop by loop',
      'workflow.parameters @ parameters',
      'workflow.parallelism @ parallelism',
      'workflow.timeout @ timeoutSeconds',
      'workflow.cron @ cron',
      'workflow.ttl @ ttl',
      'workflow.pod-gc @ podGC',
      'workflow.volumes @ volumes',
      'workflow.service-account @ serviceAccount',
      'workflow.image-pull-secrets @ imagePullSecrets',
      'workflow.priority @ priority',
      'node-selector @ nodeSelector',
      'tolerations @ tolerations',
      'retry @ retry',
      'cache @ cache',
    ]);
  });

  test('finds list membership, step statuses and exit-handler steps reading main outputs (opt-in)', () => {
    const value = workflow([container('train', { when: { op: 'not', condition: { op: 'in', value: 'a', list: ['a'] } } }), container('idle')], {
      onExit: [
        echo('report', ['x', output('train')], { when: { op: 'stepStatus', step: 'train', statuses: ['Failed'] } }),
        echo('plain', [{ ref: 'workflow', field: 'status' }]),
      ],
    });
    expect(uses(value).filter((use) => !use.startsWith('step.'))).toEqual([
      'when @ steps.train.when by train',
      'condition.membership @ steps.train.when by train',
      'exit-handler @ onExit',
      'when @ onExit.report.when by report',
      'condition.step-status @ onExit.report.when by report',
      'exit-handler.main-outputs @ onExit.report.container.args.1 by report',
    ]);
    for (const construct of ['condition.membership', 'condition.step-status', 'exit-handler.main-outputs'] as const) {
      expect(OPT_IN_CONSTRUCTS).toContain(construct);
      expect(ALL_CONSTRUCTS).not.toContain(construct);
    }
  });

  test('what is switched off or empty is not a use', () => {
    const value = workflow([container('a', { cache: { enabled: false }, resources: { limits: { gpu: 0 } }, dependencies: [], envFrom: [] })], {
      cache: { enabled: false },
      parameters: [],
      imagePullSecrets: [],
    });
    expect(uses(value)).toEqual(['step.container @ steps.a.container by a', 'resources @ steps.a.resources by a']);
  });

  test('every construct has a description, and the conformance workflows only use known ones', () => {
    for (const construct of ALL_CONSTRUCTS) expect(CONSTRUCTS[construct].length).toBeGreaterThan(0);
    for (const value of Object.values(conformanceWorkflows)) {
      for (const use of detectConstructs(value)) expect(ALL_CONSTRUCTS).toContain(use.construct);
    }
  });

  test('finds the opt-in constructs: templateRef steps, workflow outputs, images from references, backoff caps', () => {
    const value = workflow(
      [
        { name: 'lib', kind: 'templateRef', templateRef: { name: 'library', template: 'hello' } },
        container('per-item', { map: { items: ['a'] }, retry: { limit: 2, backoff: { durationSeconds: 1, capSeconds: 5 } } }, { image: { ref: 'item' } }),
      ],
      { outputs: { parameters: [{ name: 'out', value: 'x' }] }, retry: { limit: 1, backoff: { durationSeconds: 1, capSeconds: 2 } } },
    );
    expect(uses(value).filter((use) => OPT_IN_CONSTRUCTS.some((construct) => use.startsWith(`${construct} `)))).toEqual([
      'step.templateRef @ steps.lib.templateRef by lib',
      'retry.backoff.cap @ steps.per-item.retry.backoff.capSeconds by per-item',
      'image.reference @ steps.per-item.container.image by per-item',
      'retry.backoff.cap @ retry',
      'workflow.outputs @ outputs',
    ]);
  });

  test('opt-in constructs are described but left out of ALL_CONSTRUCTS, so "everything but X" backends refuse them', () => {
    expect([...ALL_CONSTRUCTS, ...OPT_IN_CONSTRUCTS].sort()).toEqual(Object.keys(CONSTRUCTS).sort());
    for (const construct of OPT_IN_CONSTRUCTS) {
      expect(CONSTRUCTS[construct].length).toBeGreaterThan(0);
      expect(ALL_CONSTRUCTS).not.toContain(construct);
    }
    const value = workflow([{ name: 'lib', kind: 'templateRef', templateRef: { name: 'library', template: 'hello' } }]);
    const everythingButJobs = ALL_CONSTRUCTS.filter((construct) => construct !== 'step.job');
    expect(() => assertSupported(value, { backendId: 'local', capabilities: new Set(everythingButJobs) })).toThrow(expect.objectContaining({ code: 'UNSUPPORTED_BY_BACKEND', path: ['steps', 'lib', 'templateRef'] }));
  });
});
