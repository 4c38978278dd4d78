export * from './pass-v1';
export * from './refuse-sub-workflows';
