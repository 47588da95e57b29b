// What `npx ts-jest config:init` writes, plus the two lines the README gives for msw 2.13 and
// later under Jest's CommonJS runtime: msw requires three packages published as ES modules only.
const { createDefaultPreset } = require('ts-jest');

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: {
    ...createDefaultPreset().transform,
    '/node_modules/(rettime|until-async|@open-draft/deferred-promise)/.+\\.m?js$': ['ts-jest', { tsconfig: { allowJs: true } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(rettime|until-async|@open-draft/deferred-promise)/)'],
};
