import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fontFiles, packagedFontDir, PRINT_FONT_BOLD, PRINT_FONT_REGULAR } from '../../../electron/core/reports/fontFiles';

const repo = resolve(import.meta.dirname, '../../..');
const scratch = mkdtempSync(join(tmpdir(), 'kedang-fonts-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the print fonts', () => {
  it('are found in <resources>/fonts of a built app', () => {
    const resources = join(scratch, 'resources');
    mkdirSync(join(resources, 'fonts'), { recursive: true });
    for (const name of [PRINT_FONT_REGULAR, PRINT_FONT_BOLD]) writeFileSync(join(resources, 'fonts', name), 'otf');
    expect(fontFiles(resources)).toEqual({ dir: join(resources, 'fonts'), regular: join(resources, 'fonts', PRINT_FONT_REGULAR), bold: join(resources, 'fonts', PRINT_FONT_BOLD) });
  });

  it('come from the npm package when running from source, or when the resources lack them', () => {
    const dir = packagedFontDir()!;
    expect(fontFiles(null).dir).toBe(dir);
    expect(fontFiles(join(scratch, 'empty')).dir).toBe(dir);
    expect(readFileSync(fontFiles(null).regular).subarray(0, 4).toString('latin1')).toBe('OTTO');
  });

  it('are never committed: the build copies them from the npm package', () => {
    expect(execFileSync('git', ['ls-files', '*.otf', '*.ttf', '*.woff2'], { cwd: repo, encoding: 'utf8' }).trim()).toBe('');
    const vite = readFileSync(join(repo, 'electron.vite.config.ts'), 'utf8');
    expect(vite).toMatch(/copyPrintFonts\(\)/);
    expect(vite).toContain("'out/resources/fonts'");
    const builder = readFileSync(join(repo, 'electron-builder.yml'), 'utf8');
    for (const name of [PRINT_FONT_REGULAR, PRINT_FONT_BOLD]) expect(builder).toContain(`from: node_modules/node-source-han-sans-sc/${name}\n    to: fonts/${name}`);
    expect(builder).toContain("'!out/resources/**'");
  });
});
