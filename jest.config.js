// ts-jest in transpile-only mode: type-graphql needs the decorator metadata tsc emits, and the
// type check already runs in `npm test` (tsc on src and test). @swc/jest would be faster, but
// @swc/core and Jest 30's resolver ship platform binaries the registry mirror here does not
// serve for other platforms, which leaves a lockfile `npm ci` refuses.
module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.jest.json', diagnostics: false }],
  },
  // Lazy imports name the compiled file (`import('./x.js')`, as Node needs); under Jest they mean the .ts source.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  setupFiles: ['<rootDir>/test/pin-as-of.ts'],
  testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/test/**/*.test.ts'],
  testTimeout: 120000,
  maxWorkers: 2,
};
