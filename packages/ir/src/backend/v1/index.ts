export * from './assert-supported';
export * from './backend-v1';
export * from './constructs';
export * from './resolve-backend';
