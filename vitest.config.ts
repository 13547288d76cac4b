import { defineConfig } from 'vitest/config';

// Unit tests (tests/unit, src/**/__tests__) need no database; integration tests (tests/integration)
// read NEO4J_URI, which `npm test` points at the isolated server it starts.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'src/**/__tests__/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
