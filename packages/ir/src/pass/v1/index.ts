export * from './pass-v1';
