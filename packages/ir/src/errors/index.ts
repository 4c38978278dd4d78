export * from './couler-error';
export * from './did-you-mean';
export * from './error-codes';
