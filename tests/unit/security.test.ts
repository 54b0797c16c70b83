import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { contentSecurityPolicy } from '../../shared/app/csp';

const root = resolve(import.meta.dirname, '../..');
let mainBundle = '';
let preloadBundle = '';
let builderConfig = '';
let indexHtml = '';

beforeAll(() => {
  const mainPath = resolve(root, 'out/main/index.js');
  if (!existsSync(mainPath)) throw new Error('out/main/index.js is missing: run `npm run build` first (npm test does)');
  // The main process is index.js plus the chunks it shares with the web harness.
  const chunkDir = resolve(root, 'out/main/chunks');
  const chunks = existsSync(chunkDir) ? readdirSync(chunkDir).map((f) => readFileSync(resolve(chunkDir, f), 'utf8')) : [];
  mainBundle = [readFileSync(mainPath, 'utf8'), ...chunks].join('\n');
  preloadBundle = readFileSync(resolve(root, 'out/preload/index.cjs'), 'utf8');
  builderConfig = readFileSync(resolve(root, 'electron-builder.yml'), 'utf8');
  indexHtml = readFileSync(resolve(root, 'out/renderer/index.html'), 'utf8');
});

describe('Electron security baseline in the built main process', () => {
  it.each([
    ['context isolation on', /contextIsolation:\s*true/],
    ['sandbox on', /sandbox:\s*true/],
    ['node integration off', /nodeIntegration:\s*false/],
    ['node integration in workers off', /nodeIntegrationInWorker:\s*false/],
    ['web security on', /webSecurity:\s*true/],
    ['webview tag off', /webviewTag:\s*false/],
    ['navigation denied', /on\(["']will-navigate["'],\s*\(event\)\s*=>\s*event\.preventDefault\(\)\)/],
    ['new windows denied', /setWindowOpenHandler\(\(\)\s*=>\s*\(\{\s*action:\s*["']deny["']\s*\}\)\)/],
    ['permission requests denied', /setPermissionRequestHandler\(\([^)]*\)\s*=>\s*callback\(false\)\)/],
    ['permission checks denied', /setPermissionCheckHandler\(\(\)\s*=>\s*false\)/],
    ['single-instance lock', /requestSingleInstanceLock\(\)/],
    ['IPC sender checked', /isTrustedSender\(event\)/],
    ['renderer served from app://, not file://', /protocol\.handle\(/],
  ])('%s', (_name, pattern) => {
    expect(mainBundle).toMatch(pattern);
  });

  it('the CSP allows no remote origin and no inline script, as header and as meta tag', () => {
    expect(contentSecurityPolicy).toMatch(/script-src 'self'(;|$)/);
    expect(contentSecurityPolicy).not.toMatch(/https?:|unsafe-eval|\*/);
    expect(contentSecurityPolicy.split('; ').find((d) => d.startsWith('script-src'))).not.toContain('unsafe-inline');
    // Every source is the app itself or in-page data: no host, no scheme-wide or wildcard source anywhere.
    const sources = contentSecurityPolicy.split('; ').flatMap((directive) => directive.split(' ').slice(1));
    expect(sources.filter((source) => !["'self'", "'none'", "'unsafe-inline'", 'data:', 'blob:'].includes(source))).toEqual([]);
    // Frames only for PDF previews from blob: URLs the page made itself; never a page from elsewhere.
    expect(contentSecurityPolicy.split('; ')).toContain('frame-src blob:');
    expect(contentSecurityPolicy.split('; ')).toContain("frame-ancestors 'none'");
    expect(mainBundle).toContain("default-src 'self'");
    expect(mainBundle).toMatch(/Content-Security-Policy/);
    // The meta tag repeats the shared policy; frame-ancestors is header-only (browsers ignore it in a meta tag).
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(indexHtml)?.[1];
    expect(meta).toBe(contentSecurityPolicy.replace(/; frame-ancestors 'none'$/, ''));
  });

  it('preload exposes only window.kedang through contextBridge', () => {
    expect(preloadBundle).toMatch(/exposeInMainWorld\(\s*["']kedang["']/);
    expect(preloadBundle.match(/exposeInMainWorld/g)).toHaveLength(1);
  });
});

describe('electron-builder fuses', () => {
  it.each([
    ['runAsNode', 'false'],
    ['enableNodeOptionsEnvironmentVariable', 'false'],
    ['enableNodeCliInspectArguments', 'false'],
    ['enableCookieEncryption', 'true'],
    ['enableEmbeddedAsarIntegrityValidation', 'true'],
    ['onlyLoadAppFromAsar', 'true'],
  ])('%s is %s', (fuse, value) => {
    const block = builderConfig.split(/^electronFuses:\s*$/m)[1] ?? '';
    expect(block).toMatch(new RegExp(`^\\s+${fuse}:\\s*${value}\\s*$`, 'm'));
  });

  it('the app is packed into an ASAR archive', () => {
    expect(builderConfig).toMatch(/^asar:\s*true\s*$/m);
  });
});
