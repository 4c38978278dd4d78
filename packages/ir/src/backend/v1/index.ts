export * from './assert-supported';
export * from './assert-compilable';
export * from './backend-v1';
export * from './constructs';
export * from './resolve-backend';
