import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Rule tests live beside their rules (no database); service tests in tests/integration.
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts', 'electron/**/*.test.ts', 'shared/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default'],
  },
});
