import { defineConfig } from 'vitest/config';

// Integration tests build whole demo worlds and start servers: generous bounds for a loaded 2-core machine.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
