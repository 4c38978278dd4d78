import { describe, test } from 'vitest';
import { container, workflow } from '../../__tests__/workflows';
import { expectValid, expectValidationErrors } from '../__tests__/harness';
import { volumesRule } from './volumes-rule';

const mount = (name: string) => ({ volumeMounts: [{ name, mountPath: `/mnt/${name}` }] });

describe('volumesRule', () => {
  test('volumes and volume claim templates both declare mountable volumes', () => {
    const spec = {
      volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'data-pvc' } }],
      volumeClaimTemplates: [{ name: 'scratch', accessModes: ['ReadWriteOnce'], storage: '1Gi' }],
    };
    expectValid(volumesRule, workflow([container('a', mount('data')), container('b', mount('scratch'))], spec));
  });

  test('an undeclared volume is reported at the mount, with the closest declared name', () => {
    const spec = { volumes: [{ name: 'data', emptyDir: {} }], onExit: [container('cleanup', mount('cache'))] };
    expectValidationErrors(volumesRule, workflow([container('train', mount('dta'))], spec), [
      {
        code: 'UNKNOWN_VOLUME',
        path: ['steps', 'train', 'volumeMounts', 'dta'],
        stepIds: ['train'],
        message: 'Step "train" mounts volume "dta", which the workflow does not declare. Did you mean "data"?',
        hint: 'spec.volumes or spec.volumeClaimTemplates',
      },
      { code: 'UNKNOWN_VOLUME', path: ['onExit', 'cleanup', 'volumeMounts', 'cache'], stepIds: ['cleanup'] },
    ]);
  });
});
