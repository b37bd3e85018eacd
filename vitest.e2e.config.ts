import { defineConfig } from 'vitest/config';

// End-to-end: Debian's Chromium with the built extension (npm run build first). One browser per
// file, files one at a time: the machine has two cores.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
