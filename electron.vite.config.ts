import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8')) as { version: string };

/**
 * The print fonts (Source Han Sans SC, OFL-1.1, with its licence) are copied from their npm
 * package into out/resources/fonts when main is built: never committed, and found at run time by
 * electron/core/reports/fontFiles.ts. Installers take them from the same package through
 * electron-builder's extraResources (electron-builder.yml).
 */
function copyPrintFonts(): Plugin {
  const from = dirname(createRequire(import.meta.url).resolve('node-source-han-sans-sc/package.json'));
  const to = resolve(import.meta.dirname, 'out/resources/fonts');
  return {
    name: 'kedang-copy-print-fonts',
    apply: 'build',
    closeBundle() {
      mkdirSync(to, { recursive: true });
      for (const [source, target] of [
        ['SourceHanSansSC-Regular.otf', 'SourceHanSansSC-Regular.otf'],
        ['SourceHanSansSC-Bold.otf', 'SourceHanSansSC-Bold.otf'],
        ['LICENSE', 'SourceHanSansSC-LICENSE.txt'],
      ]) {
        copyFileSync(resolve(from, source!), resolve(to, target!));
      }
    },
  };
}

export default defineConfig({
  main: {
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    plugins: [copyPrintFonts()],
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        // index: the Electron main process; web: the same core behind the loopback web harness.
        input: {
          index: resolve(import.meta.dirname, 'electron/main/index.ts'),
          web: resolve(import.meta.dirname, 'electron/web/main.ts'),
          // Developer tools over the same core; electron-builder leaves them out of installers.
          seed: resolve(import.meta.dirname, 'scripts/seed.ts'),
          bench: resolve(import.meta.dirname, 'scripts/bench.ts'),
          pdfBench: resolve(import.meta.dirname, 'scripts/pdfBench.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // Sandboxed preloads must be one CommonJS file with every dependency inlined.
      externalizeDeps: false,
      lib: { entry: resolve(import.meta.dirname, 'electron/preload/index.ts'), formats: ['cjs'] },
      rolldownOptions: { output: { entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      rolldownOptions: { input: resolve(import.meta.dirname, 'renderer/index.html') },
    },
  },
});
