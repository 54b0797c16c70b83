import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** `import x from './worker?modulePath'` gives the source path; workers run it through tsx (electron/core/workers/runWorker.ts). */
const modulePath = {
  name: 'kedang-module-path',
  enforce: 'pre' as const,
  async resolveId(this: { resolve: (id: string, importer?: string) => Promise<{ id: string } | null> }, id: string, importer?: string) {
    if (!id.endsWith('?modulePath')) return null;
    const resolved = await this.resolve(id.slice(0, -'?modulePath'.length), importer);
    return resolved ? `\0modulePath:${resolved.id}` : null;
  },
  load(id: string) {
    if (!id.startsWith('\0modulePath:')) return null;
    const file = id.slice('\0modulePath:'.length);
    return `export default ${JSON.stringify(file.startsWith('file:') ? fileURLToPath(file) : file)};`;
  },
};

export default defineConfig({
  plugins: [modulePath],
  test: {
    // Rule tests live beside their rules (no database); service tests in tests/integration.
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts', 'electron/**/*.test.ts', 'shared/**/*.test.ts', 'renderer/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default'],
  },
});
