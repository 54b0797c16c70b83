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
  return fetch(`${harness.url}/rpc/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-kedang-token': harness.token, ...headers }, body });
}

/** A raw request line, so a path fetch() would normalise or refuse reaches the server as typed. */
function rawRequest(method: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }> {
  const url = new URL(harness.url);
  return new Promise((resolveResponse, reject) => {
    const req = request({ host: url.hostname, port: url.port, method, path, headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolveResponse({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(method === 'POST' ? '{}' : undefined);
  });
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

describe('web harness launch token', () => {
  it('a local process without the token cannot call a channel, with a code saying why', async () => {
    const response = await fetch(`${harness.url}/rpc/app.status`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('HARNESS_TOKEN_REQUIRED');
  });

  it('a wrong token, or the right one with a character changed, is refused', async () => {
    const twisted = harness.token.slice(0, -1) + (harness.token.endsWith('A') ? 'B' : 'A');
    for (const token of ['nope', twisted, `${harness.token}x`]) {
      expect((await post('app.status', '{}', { 'x-kedang-token': token })).status).toBe(401);
      expect((await fetch(`${harness.url}/rpc/app.status`, { method: 'POST', headers: { cookie: `${harness.cookieName}=${token}` }, body: '{}' })).status).toBe(401);
    }
  });

  it('the token works as the header scripts send or as the cookie the page holds', async () => {
    expect((await post('app.status', '{}')).status).toBe(200);
    const viaCookie = await fetch(`${harness.url}/rpc/app.status`, { method: 'POST', headers: { cookie: `other=1; ${harness.cookieName}=${harness.token}` }, body: '{}' });
    expect(viaCookie.status).toBe(200);
    expect(((await viaCookie.json()) as { ok: boolean }).ok).toBe(true);
  });

  it('opening the printed address trades the token for an HttpOnly, SameSite=Strict cookie and drops it from the address', async () => {
    expect(harness.launchUrl).toBe(`${harness.url}/?token=${harness.token}`);
    const response = await fetch(harness.launchUrl, { redirect: 'manual' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/');
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toContain(`${harness.cookieName}=${harness.token}`);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const wrong = await fetch(`${harness.url}/?token=wrong`, { redirect: 'manual' });
    expect(wrong.status).toBe(403);
    expect(wrong.headers.get('set-cookie')).toBeNull();
  });

  it('the contract listing stays open: it holds no data', async () => {
    expect((await fetch(`${harness.url}/rpc`)).status).toBe(200);
  });
});

describe('malformed addresses', () => {
  it.each([
    ['POST', '/rpc/%', 'UNKNOWN_CHANNEL'],
    ['POST', '/rpc/%E0%A4%A', 'UNKNOWN_CHANNEL'],
    ['POST', '/rpc/auth.%ZZlogin', 'UNKNOWN_CHANNEL'],
  ])('%s %s answers 400 %s, never 500', async (method, path, code) => {
    const response = await rawRequest(method, path, { 'x-kedang-token': harness.token });
    expect(response.status).toBe(400);
    expect((JSON.parse(response.body) as { error: { code: string } }).error.code).toBe(code);
  });

  it.each(['/%E0%A4%A', '/%', '/assets/%C0'])('GET %s answers 400, never 500', async (path) => {
    expect((await rawRequest('GET', path)).status).toBe(400);
  });
});

describe('web harness test clock', () => {
  it('is off unless asked for: /__test/clock is not served by default', async () => {
    const response = await fetch(`${harness.url}/__test/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"advanceMs": 1000}' });
    expect(response.status).toBe(405);
  });
});
