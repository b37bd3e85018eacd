import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Unit and DOM tests (core/, dom/, components/): jsdom, no browser. End-to-end tests have their
// own config (vitest.e2e.config.ts).
export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['core/**/*.test.ts', 'dom/**/*.test.ts', 'components/**/*.test.tsx', 'tests/**/*.test.ts'],
    environment: 'jsdom',
  },
});
