/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test', '<rootDir>/examples'],
  testMatch: ['**/*.test.ts'],
  // The consumer projects run against the packed package, from scripts/consumers.sh.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/consumers/'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }],
    '^.+\\.m?js$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs', moduleResolution: 'node10', isolatedModules: true } }],
  },
  // ESM-only packages (msw's dependencies, hyparquet) must be transformed for Jest's CommonJS runtime.
  transformIgnorePatterns: ['/node_modules/(?!(rettime|until-async|@open-draft/deferred-promise|hyparquet|hyparquet-writer)/)'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    '^wandb-api$': '<rootDir>/src/index.ts',
    '^wandb-api/testing$': '<rootDir>/src/testing/index.ts',
    '^wandb-api/testing/msw$': '<rootDir>/src/testing/msw.ts',
  },
  setupFilesAfterEnv: ['<rootDir>/test/support/cache-dir.setup.ts'],
  testTimeout: 20000,
};
