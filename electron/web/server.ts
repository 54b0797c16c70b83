import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { KedangError, type Envelope } from '../../shared/contract/errors';
import { contentSecurityPolicy } from '../../shared/app/csp';
import { Core } from '../core/core';
import { handlers } from '../core/handlerTable';
import { EventStream } from './eventStream';
import { ManualClock } from '../core/clock';
import { bridgeScript } from './bridgeScript';
import { channelList } from './channelList';

/**
 * The web harness: core + the built renderer on 127.0.0.1, for machines without Electron's binary,
 * for the e2e tests and for evaluation. Never binds to anything but loopback.
 */
const MAX_BODY_BYTES = 64 * 1024 * 1024;
const RPC_PREFIX = '/rpc/';
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface WebHarnessOptions {
  dataDir: string;
  port: number;
  rendererDir: string;
  /** The build's resources (print fonts); null uses the font package in node_modules. */
  printResourcesDir?: string | null;
  appVersion: string;
  idleLockSeconds?: number;
  /** Tests only: a clock that POST /__test/clock { advanceMs } moves forward. Never on by default. */
  testClock?: boolean;
}

/** The header scripts and tests send the launch token in; the page sends it as a cookie instead. */
export const TOKEN_HEADER = 'x-kedang-token';

/**
 * Like Jupyter's loopback server: a random secret per launch, printed in the URL the harness writes
 * to stdout. The first page load trades it for an HttpOnly, SameSite=Strict cookie; every /rpc/* call
 * must carry it (cookie or header), so another local process or user cannot act in the session.
 * Cookies are per host, not per port, so the cookie's name carries the port.
 */
function launchToken() {
  const value = randomBytes(32).toString('base64url');
  const expected = Buffer.from(value);
  return {
    value,
    matches(candidate: string | undefined): boolean {
      if (!candidate) return false;
      const given = Buffer.from(candidate);
      return given.length === expected.length && timingSafeEqual(given, expected);
    },
  };
}

function cookieValue(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** A percent-encoded path that does not decode (`/rpc/%`, `/%E0%A4%A`) is the caller's mistake, not a crash. */
function decodePath(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

export async function startWebHarness(options: WebHarnessOptions) {
  const clock = options.testClock ? new ManualClock() : undefined;
  const token = launchToken();
  let cookieName = '';
  const events = new EventStream();
  const core = new Core({ dataDir: resolve(options.dataDir), appVersion: options.appVersion, idleLockSeconds: options.idleLockSeconds, clock, handlers, emit: events.emit, printResourcesDir: options.printResourcesDir ?? null });
  const bridge = bridgeScript();
  const channelListJson = JSON.stringify(channelList());
  let origin = '';

  const server = createServer((req, res) => {
    handle(req, res).catch(() => sendJson(res, 500, { ok: false, error: new KedangError('INTERNAL', 'Internal error').toPayload() }));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // DNS-rebinding and cross-site guard: only our own loopback host, only our own page.
    const host = req.headers.host ?? '';
    if (!/^(127\.0\.0\.1|localhost):\d+$/.test(host)) return sendText(res, 421, 'Misdirected request');
    if (req.headers.origin !== undefined && req.headers.origin !== origin && req.headers.origin !== `http://${host}`) {
      return sendJson(res, 403, { ok: false, error: new KedangError('FORBIDDEN', 'Cross-origin call refused').toPayload() });
    }
    let url: URL;
    try {
      url = new URL(req.url ?? '/', `http://${host}`);
    } catch {
      return sendJson(res, 400, invalid('Malformed request path'));
    }
    const offered = url.searchParams.get('token');
    if (offered !== null && req.method === 'GET' && !url.pathname.startsWith('/rpc')) {
      if (!token.matches(offered)) return sendText(res, 403, '令牌无效：请打开 npm run web 打印的地址。\nThe token is wrong: open the address npm run web printed.');
      // The token leaves the address bar (and history) at once; the cookie carries it from now on.
      res.setHeader('Set-Cookie', `${cookieName}=${token.value}; HttpOnly; SameSite=Strict; Path=/`);
      res.setHeader('Location', url.pathname);
      return sendText(res, 303, '');
    }
    const authorised = () => token.matches(headerValue(req.headers[TOKEN_HEADER])) || token.matches(cookieValue(req, cookieName));

    if (url.pathname === '/rpc' && req.method === 'GET') return sendRaw(res, 200, 'application/json', channelListJson);
    if (url.pathname === '/events' && req.method === 'GET') {
      if (!authorised()) return sendJson(res, 401, { ok: false, error: new KedangError('HARNESS_TOKEN_REQUIRED', 'Send the launch token').toPayload() });
      securityHeaders(res);
      return events.attach(res);
    }
    if (url.pathname.startsWith(RPC_PREFIX)) {
      if (!authorised()) return sendJson(res, 401, { ok: false, error: new KedangError('HARNESS_TOKEN_REQUIRED', 'Open the address npm run web printed, or send its token').toPayload() });
      if (req.method !== 'POST') return sendJson(res, 405, invalid('Use POST for channel calls'));
      const body = await readBody(req);
      if (body === null) return sendJson(res, 413, invalid('Request body too large'));
      let input: unknown;
      try {
        input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
      } catch {
        return sendJson(res, 200, invalid('Body is not valid JSON'));
      }
      const channel = decodePath(url.pathname.slice(RPC_PREFIX.length));
      if (channel === null) return sendJson(res, 400, { ok: false, error: new KedangError('UNKNOWN_CHANNEL', 'Channel name is not valid percent-encoding').toPayload() });
      const envelope = await core.call(channel, input);
      return sendJson(res, 200, envelope);
    }
    if (url.pathname === '/__test/clock' && req.method === 'POST' && clock) {
      if (!authorised()) return sendJson(res, 401, { ok: false, error: new KedangError('HARNESS_TOKEN_REQUIRED', 'Send the launch token').toPayload() });
      const body = await readBody(req);
      const advanceMs = Number((JSON.parse(body?.toString('utf8') || '{}') as { advanceMs?: unknown }).advanceMs);
      if (!Number.isFinite(advanceMs) || advanceMs < 0) return sendJson(res, 200, invalid('advanceMs must be a non-negative number'));
      clock.advance(advanceMs);
      return sendJson(res, 200, { ok: true, data: { now: clock.now().toISOString() } });
    }
    if (url.pathname === '/kedang-bridge.js') return sendRaw(res, 200, contentTypes['.js']!, bridge);
    if (req.method !== 'GET') return sendText(res, 405, 'Method not allowed');
    return serveStatic(res, url.pathname);
  }

  async function serveStatic(res: ServerResponse, pathname: string): Promise<void> {
    const relative = decodePath(pathname === '/' ? '/index.html' : pathname);
    if (relative === null) return sendText(res, 400, 'Malformed path');
    const filePath = normalize(join(options.rendererDir, relative));
    if (!filePath.startsWith(options.rendererDir + sep)) return sendText(res, 404, 'Not found');
    let content: Buffer;
    try {
      content = await readFile(filePath);
    } catch {
      return sendText(res, 404, 'Not found');
    }
    const type = contentTypes[extname(filePath)] ?? 'application/octet-stream';
    if (filePath.endsWith('index.html')) {
      // The bridge must define window.kedang before the renderer's module script runs.
      const html = content.toString('utf8').replace('<head>', '<head>\n    <script src="/kedang-bridge.js"></script>');
      return sendRaw(res, 200, type, html);
    }
    return sendRaw(res, 200, type, content);
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolveListen());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  origin = `http://127.0.0.1:${port}`;
  cookieName = `kedang_token_${port}`;

  return {
    url: origin,
    /** The address to open: the page trades the token for its cookie on first load. */
    launchUrl: `${origin}/?token=${token.value}`,
    token: token.value,
    cookieName,
    core,
    close: () =>
      new Promise<void>((resolveClose) => {
        events.closeAll();
        core.close();
        server.close(() => resolveClose());
      }),
  };
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function invalid(message: string): Envelope<never> {
  return { ok: false, error: new KedangError('INVALID_INPUT', message).toPayload() };
}

function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolveBody(tooLarge ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function securityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', contentSecurityPolicy);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cache-Control', 'no-store');
}

function sendRaw(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  securityHeaders(res);
  res.writeHead(status, { 'Content-Type': type });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  sendRaw(res, status, 'application/json', JSON.stringify(value));
}

function sendText(res: ServerResponse, status: number, text: string): void {
  sendRaw(res, status, 'text/plain; charset=utf-8', text);
}
