import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { readSource, sourceFiles, violations } from './layers';

const root = resolve(import.meta.dirname, '../..');

describe('layer rule: shared ← core ← main, shared ← renderer', () => {
  it('no file in the repository breaks it', () => {
    const files = ['shared', 'electron', 'renderer'].flatMap((dir) => sourceFiles(join(root, dir)));
    expect(files.length).toBeGreaterThan(10);
    const problems = files.flatMap((file) => violations(root, file, readSource(file)));
    expect(problems).toEqual([]);
  });

  it.each([
    ['electron/core/x.ts', "import { app } from 'electron';"],
    ['electron/core/x.ts', "import { App } from '../../renderer/app/App';"],
    ['electron/core/x.ts', "export { registerIpc } from '../main/ipc';"],
    ['renderer/x.ts', "import { Core } from '../electron/core/core';"],
    ['renderer/x.ts', "const fs = await import('node:fs');"],
    ['shared/x.ts', "import { ipcRenderer } from 'electron';"],
    ['shared/x.ts', "import { readFileSync } from 'node:fs';"],
    ['shared/x.ts', "import { theme } from '../renderer/app/theme';"],
  ])('%s importing `%s` is caught', (file, source) => {
    expect(violations(root, join(root, file), source)).toHaveLength(1);
  });

  it('allowed imports pass', () => {
    expect(violations(root, join(root, 'electron/core/x.ts'), "import { z } from 'zod';\nimport { channels } from '../../shared/contract/channels';\nimport { join } from 'node:path';")).toEqual([]);
    expect(violations(root, join(root, 'renderer/x.ts'), "import { channels } from '../shared/contract/channels';")).toEqual([]);
  });

  it('ESLint enforces the same rule while editing', async () => {
    const eslint = new ESLint({ cwd: root });
    const [core] = await eslint.lintText("import { app } from 'electron';\nexport const a = app;\n", { filePath: join(root, 'electron/core/probe.ts') });
    expect(core?.messages.map((m) => m.ruleId)).toContain('no-restricted-imports');
    const [renderer] = await eslint.lintText("import { Core } from '../electron/core/core';\nexport const c = Core;\n", { filePath: join(root, 'renderer/probe.ts') });
    expect(renderer?.messages.map((m) => m.ruleId)).toContain('no-restricted-imports');
  });
});
