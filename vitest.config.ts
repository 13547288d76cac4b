import { defineConfig } from 'vitest/config';

// Two projects: `unit` (tests/unit, src/**/__tests__) needs no database; `integration`
// (tests/integration) reads NEO4J_URI, which `npm test` points at the isolated server it starts.
// `npm run test:unit` and `npm run test:int` run one each; `vitest run` runs both.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Integration files share one database, and the machine is small: one file at a time.
    fileParallelism: false,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'src/**/__tests__/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'integration', include: ['tests/integration/**/*.test.ts'] },
      },
    ],
  },
});
