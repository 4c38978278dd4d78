// Type-level checks of the public contracts, run by `tsc --noEmit`.
import { expectTypeOf } from 'vitest';
import type { BackendV1, BackendV1CompileResult, Construct, CoulerErrorCode, PassV1, PassV1Result, Workflow } from './index';

expectTypeOf<BackendV1['specificationVersion']>().toEqualTypeOf<'v1'>();
expectTypeOf<BackendV1['doCompile']>().returns.toEqualTypeOf<PromiseLike<BackendV1CompileResult>>();
expectTypeOf<BackendV1>().toHaveProperty('doSubmit');
expectTypeOf<Pick<BackendV1, 'specificationVersion' | 'backendId' | 'capabilities' | 'doCompile'>>().toExtend<Omit<BackendV1, 'doSubmit' | 'doStatus' | 'doLogs'>>();
expectTypeOf<BackendV1['capabilities']>().toEqualTypeOf<ReadonlyArray<Construct>>();

expectTypeOf<PassV1['specificationVersion']>().toEqualTypeOf<'v1'>();
expectTypeOf<PassV1<{ budget: number }, { splits: number }>['run']>().parameters.toEqualTypeOf<[Workflow, { budget: number }]>();
expectTypeOf<PassV1<{ budget: number }, { splits: number }>['run']>().returns.toEqualTypeOf<PromiseLike<PassV1Result<{ splits: number }>>>();

// Codes are a closed union: a typo is a compile error.
expectTypeOf<'CYCLE'>().toExtend<CoulerErrorCode>();
expectTypeOf<'CYCLES'>().not.toExtend<CoulerErrorCode>();
