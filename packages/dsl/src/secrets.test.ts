import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { serializeWorkflow } from '@couler/ir';
import { describe, expect, it } from 'vitest';
import { catchCouler, lineOf } from './__tests__/helpers';
import { createSecret, obtainSecret, runContainer, workflow } from './index';

const here = fileURLToPath(import.meta.url);
const image = 'alpine:3.20';

describe('createSecret names', () => {
  it('never gives two secrets with different data one name: refused at both calls under the default name', () => {
    const error = catchCouler(() =>
      workflow('tokens', () => {
        runContainer({ image, stepName: 'alice', secret: createSecret({ token: 'alice-token' }) }); // @alice
        runContainer({ image, stepName: 'bob', secret: createSecret({ token: 'bob-token' }) }); // @bob
      }),
    );
    expect(error.code).toBe('DUPLICATE_NAME');
    expect(error.hint).toContain('{ name:');
    expect(error.locations?.map((location) => location.line)).toEqual([lineOf(here, '@bob'), lineOf(here, '@alice')]);
    expect(`${error.message} ${error.hint}`).not.toMatch(/alice-token|bob-token/);
  });

  it('refuses other values for one key under one explicit name, and merges other keys into it', () => {
    const clash = catchCouler(() =>
      workflow('w', () => {
        createSecret({ token: 'a' }, { name: 'creds' });
        createSecret({ token: 'b' }, { name: 'creds' });
      }),
    );
    expect(clash.message).toContain('give Secret "creds" other values for key "token"');
    const merged = workflow('w', () => {
      runContainer({ image, secret: createSecret({ user: 'u' }, { name: 'creds' }) });
      runContainer({ image, secret: createSecret({ password: 'p', user: 'u' }, { name: 'creds' }) });
    });
    expect(merged.spec.secrets).toEqual([{ name: 'creds', keys: ['password', 'user'] }]);
  });

  it('gives the same data one Secret, and the same keys in another workflow another name', () => {
    const build = (name: string) =>
      workflow(name, () => {
        runContainer({ image, secret: createSecret({ token: 'same' }) });
        runContainer({ image, secret: createSecret({ token: 'same' }) });
      });
    const one = build('one');
    expect(one.spec.secrets).toHaveLength(1);
    expect(one.spec.secrets?.[0]?.name).toMatch(/^couler-[0-9a-f]{16}$/);
    expect(build('two').spec.secrets?.[0]?.name).not.toBe(one.spec.secrets?.[0]?.name);
  });

  it('keeps values and their digests out of the IR', () => {
    const values = ['hunter2', 'correct horse battery staple'];
    const built = workflow('w', () => void runContainer({ image, secret: createSecret({ password: values[0]!, phrase: values[1]! }) }));
    const text = serializeWorkflow(built, { format: 'json' });
    for (const value of values) {
      expect(text).not.toContain(value);
      expect(text).not.toContain(createHash('sha256').update(value).digest('hex').slice(0, 8));
    }
  });

  it("refuses the Python call's keyword arguments as data, without showing any value", () => {
    const error = catchCouler(() => workflow('w', () => void createSecret({ secret_data: { token: 'xyz-secret' }, dry_run: true } as never)));
    expect(error.message).toBe('createSecret() got a key "secret_data": its first argument is the Secret\'s data itself, not the Python Couler\'s keyword arguments.');
    expect(error.hint).toContain('give the data itself as the first argument');
    const object = catchCouler(() => workflow('w', () => void createSecret({ token: { nested: 'xyz-secret' } } as never)));
    expect(object.message).toContain('got an object for key "token"');
    expect(catchCouler(() => workflow('w', () => void createSecret('xyz-secret' as never))).message).not.toContain('xyz-secret');
  });

  it('obtainSecret needs the name of the Secret on the cluster', () => {
    expect(catchCouler(() => workflow('w', () => void obtainSecret(['token'], {} as never))).message).toContain('obtainSecret() needs the name');
  });
});
