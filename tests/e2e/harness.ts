import { test as base } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Harness {
  url: string;
  /** The address the harness printed: opening it trades the launch token for the page's cookie. */
  launchUrl: string;
  token: string;
  dataDir: string;
  /** Calls a channel the way the renderer's bridge does. */
  rpc<T = unknown>(channel: string, input?: unknown): Promise<{ ok: boolean; data?: T; error?: { code: string } }>;
  /** Moves core's clock forward; only for harnesses started with --test-clock. */
  advanceClock(ms: number): Promise<void>;
}

/** Each running harness's launch token by origin, so a browser context can carry the cookie the page would get. */
const launchTokens = new Map<string, string>();

/** Starts `out/main/web.js` (built by `npm test`) on a free loopback port with a throwaway data dir. */
export async function startHarness(extraArgs: string[] = []): Promise<Harness & { stop(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kedang-e2e-'));
  const child: ChildProcess = spawn(process.execPath, ['out/main/web.js', '--data', dataDir, '--port', '0', ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const launchUrl = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`web harness did not start:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`web harness exited with ${code}:\n${output}`)));
  });
  const url = new URL(launchUrl).origin;
  const token = new URL(launchUrl).searchParams.get('token')!;
  launchTokens.set(url, token);
  return {
    url,
    launchUrl,
    token,
    dataDir,
    async rpc(channel, input = {}) {
      const response = await fetch(`${url}/rpc/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-kedang-token': token },
        body: JSON.stringify(input),
      });
      return (await response.json()) as { ok: boolean; data?: never; error?: { code: string } };
    },
    async advanceClock(ms) {
      const response = await fetch(`${url}/__test/clock`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-kedang-token': token }, body: JSON.stringify({ advanceMs: ms }) });
      if (!response.ok) throw new Error(`clock endpoint answered ${response.status}: start the harness with --test-clock`);
    },
    async stop() {
      launchTokens.delete(url);
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Every test gets its own store on its own port, so tests never see each other's data. */
export const test = base.extend<{ harness: Harness }>({
  harness: [
    // Playwright reads fixture dependencies from the destructuring pattern; this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const harness = await startHarness();
      await use(harness);
      await harness.stop();
    },
    { scope: 'test' },
  ],
  baseURL: async ({ harness }, use) => use(harness.url),
  // The page holds the cookie that opening the printed address would give it (tests/e2e/shell.spec
  // walks that exchange itself), so tests can go straight to '/'.
  context: async ({ context, baseURL }, use) => {
    const token = baseURL ? launchTokens.get(baseURL) : undefined;
    if (baseURL && token) {
      await context.addCookies([{ name: `kedang_token_${new URL(baseURL).port}`, value: token, url: baseURL, httpOnly: true, sameSite: 'Strict' }]);
    }
    await use(context);
  },
});

export { expect } from '@playwright/test';
