import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit and DOM tests (core/, dom/, components/, ext/): jsdom, no browser. WxtVitest resolves
// `#imports` and puts WXT's in-memory fakeBrowser behind `browser` (ext/ tests: storage, events).
// End-to-end tests have their own config (vitest.e2e.config.ts).
export default defineConfig({
  plugins: [preact(), WxtVitest()],
  test: {
    include: ['core/**/*.test.ts', 'dom/**/*.test.ts', 'components/**/*.test.tsx', 'tests/**/*.test.ts', 'ext/**/*.test.ts'],
    environment: 'jsdom',
    // A loaded CI machine (two cores shared with a build) runs the dictionary tests several times slower.
    testTimeout: 30_000,
  },
});
