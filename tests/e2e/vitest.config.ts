import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * End-to-end tests: real Chromium and Firefox ESR with the built e2e extension
 * (`npx wxt build -b chrome --mode e2e`, `-b firefox`). Files run one after another: each launches
 * two browsers, and this machine has two cores.
 */
export default defineConfig({
  root,
  resolve: { alias: { '@': root } },
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
