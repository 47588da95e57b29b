// What `npx ts-jest config:init` writes for ES modules: Jest runs the tests as ES modules
// (node --experimental-vm-modules), so msw and the testing kit load as published.
import { createDefaultEsmPreset } from 'ts-jest';

/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  ...createDefaultEsmPreset(),
};
