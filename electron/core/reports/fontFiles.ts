import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { KedangError } from '../../../shared/contract/errors';

/** Source Han Sans SC (OFL-1.1), copied into the build's resources at build time, never committed. */
export const PRINT_FONT_REGULAR = 'SourceHanSansSC-Regular.otf';
export const PRINT_FONT_BOLD = 'SourceHanSansSC-Bold.otf';
/** Where the build puts them under its resources directory (electron.vite.config.ts, electron-builder.yml). */
export const PRINT_FONT_SUBDIR = 'fonts';
export const PRINT_FONT_PACKAGE = 'node-source-han-sans-sc';

export interface FontFiles {
  dir: string;
  regular: string;
  bold: string;
}

function filesIn(dir: string): FontFiles | null {
  const regular = join(dir, PRINT_FONT_REGULAR);
  const bold = join(dir, PRINT_FONT_BOLD);
  return existsSync(regular) && existsSync(bold) ? { dir, regular, bold } : null;
}

/** The npm package's own folder: running from source or under tests, where nothing was built. */
export function packagedFontDir(): string | null {
  try {
    return dirname(createRequire(import.meta.url).resolve(`${PRINT_FONT_PACKAGE}/package.json`));
  } catch {
    return null;
  }
}

/**
 * The print fonts: `<resourcesDir>/fonts` in a built app (out/resources when run from out/,
 * process.resourcesPath in an installer), else the npm package when running from source.
 * The caller passes the directory in; nothing here guesses where the app lives.
 */
export function fontFiles(resourcesDir?: string | null): FontFiles {
  const candidates = [resourcesDir ? join(resourcesDir, PRINT_FONT_SUBDIR) : null, packagedFontDir()];
  for (const dir of candidates) {
    const found = dir ? filesIn(dir) : null;
    if (found) return found;
  }
  throw new KedangError('PRINT_FAILED', `Print fonts not found (looked in ${candidates.filter(Boolean).join(', ') || 'nowhere'})`, {
    details: { reason: 'PRINT_FONTS_MISSING' },
  });
}
