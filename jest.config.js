/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  // Nothing here is a timed test: the limit only stops a hung test, and must hold on a loaded 2-core machine.
  testTimeout: 30_000,
};
