import { defineConfig } from 'vitest/config';

// Kept apart from vite.config.ts so the extension build (crx plugin) never loads in tests.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
