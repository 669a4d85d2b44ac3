import { defineConfig } from 'vitest/config';

// End-to-end suites start real processes: generous per-test limits, one file at a time
// (each file runs its own cluster; running them side by side on a 2-core CI machine
// would only make every one of them slower).
export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
