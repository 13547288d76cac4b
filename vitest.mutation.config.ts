import { defineConfig } from 'vitest/config';

// The mutation run (stryker.config.json): unit tests only, they need no database.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
