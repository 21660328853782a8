// Jest over the construct's upstream unit tests and pattern-kinds.test.ts, laid out by run.sh as the
// upstream package is (test/ beside lib/). Modules resolve through NODE_PATH (one aws-cdk-lib).
const path = require('path');

module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/*.test.[jt]s'],
  modulePaths: (process.env.NODE_PATH || '').split(path.delimiter).filter(Boolean),
  transform: {
    // Transpiled only: the types are checked by tests/cdk/typed (tsc --strict).
    '^.+\\.ts$': [require.resolve('ts-jest'), { tsconfig: path.join(__dirname, 'tsconfig.json') }],
  },
  watchman: false,
};
