import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { request } from 'node:http';
import { startWebHarness } from '../../electron/web/server';
import { channelNames } from '../../shared/contract/channels';

let harness: Awaited<ReturnType<typeof startWebHarness>>;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'kedang-web-'));
  harness = await startWebHarness({ dataDir, port: 0, rendererDir: resolve('out/renderer'), appVersion: 'test' });
});

afterAll(async () => {
  await harness.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function post(channel: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`${harness.url}/rpc/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
}

/** fetch() will not send a forged Host header, so this goes through node:http. */
function getWithHost(host: string): Promise<number> {
  const url = new URL(harness.url);
  return new Promise((resolveStatus, reject) => {
    const req = request({ host: url.hostname, port: url.port, path: '/rpc', headers: { host } }, (res) => {
      res.resume();
      resolveStatus(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('web harness', () => {
  it('lists every channel with its access rule and a JSON Schema of its input', async () => {
    const list = (await (await fetch(`${harness.url}/rpc`)).json()) as Array<{ name: string; access: string; input: { type?: string; oneOf?: unknown[]; anyOf?: unknown[] } }>;
    expect(list.map((c) => c.name).sort()).toEqual([...channelNames].sort());
    for (const entry of list) {
      expect(entry.access).toBeTruthy();
      // An object, or a union of objects for channels taking one of several record types.
      expect(entry.input.type === 'object' || Array.isArray(entry.input.oneOf) || Array.isArray(entry.input.anyOf), entry.name).toBe(true);
    }
  });

  it.each(channelNames)('%s answers a malformed body with INVALID_INPUT, never a crash', async (channel) => {
    for (const body of ['{not json', '[]', '"text"', '42', 'null', '{"__proto__": {"polluted": true}, "x": [1,2,3]}']) {
      const response = await post(channel, body);
      expect(response.status).toBe(200);
      const json = (await response.json()) as { ok: boolean; error: { code: string } };
      expect(json.ok).toBe(false);
      expect(json.error.code, `${channel} ${body}`).toBe('INVALID_INPUT');
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('an unknown channel is named as such', async () => {
    const json = (await (await post('nope.nothing', '{}')).json()) as { error: { code: string } };
    expect(json.error.code).toBe('UNKNOWN_CHANNEL');
  });

  it('a call from another origin is refused', async () => {
    const response = await post('app.status', '{}', { origin: 'http://evil.example' });
    expect(response.status).toBe(403);
  });

  it('a request for a non-loopback host name is refused (DNS rebinding)', async () => {
    expect(await getWithHost('evil.example:80')).toBe(421);
    expect(await getWithHost(new URL(harness.url).host)).toBe(200);
  });

  it('serves the renderer with the bridge script ahead of the app and the CSP header', async () => {
    const response = await fetch(`${harness.url}/`);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await response.text();
    expect(html.indexOf('/kedang-bridge.js')).toBeGreaterThan(-1);
    expect(html.indexOf('/kedang-bridge.js')).toBeLessThan(html.indexOf('type="module"'));
  });

  it('does not serve files outside the renderer folder', async () => {
    const response = await fetch(`${harness.url}/..%2f..%2fpackage.json`);
    expect(response.status).toBe(404);
  });
});

describe('web harness test clock', () => {
  it('is off unless asked for: /__test/clock is not served by default', async () => {
    const response = await fetch(`${harness.url}/__test/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"advanceMs": 1000}' });
    expect(response.status).toBe(405);
  });
});
