import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { KedangError, type Envelope } from '../../shared/contract/errors';
import { contentSecurityPolicy } from '../../shared/app/csp';
import { Core } from '../core/core';
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
  appVersion: string;
  idleLockSeconds?: number;
  /** Tests only: a clock that POST /__test/clock { advanceMs } moves forward. Never on by default. */
  testClock?: boolean;
}

export async function startWebHarness(options: WebHarnessOptions) {
  const clock = options.testClock ? new ManualClock() : undefined;
  const core = new Core({ dataDir: resolve(options.dataDir), appVersion: options.appVersion, idleLockSeconds: options.idleLockSeconds, clock });
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
    const url = new URL(req.url ?? '/', `http://${host}`);

    if (url.pathname === '/rpc' && req.method === 'GET') return sendRaw(res, 200, 'application/json', channelListJson);
    if (url.pathname.startsWith(RPC_PREFIX)) {
      if (req.method !== 'POST') return sendJson(res, 405, invalid('Use POST for channel calls'));
      const body = await readBody(req);
      if (body === null) return sendJson(res, 413, invalid('Request body too large'));
      let input: unknown;
      try {
        input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
      } catch {
        return sendJson(res, 200, invalid('Body is not valid JSON'));
      }
      const envelope = await core.call(decodeURIComponent(url.pathname.slice(RPC_PREFIX.length)), input);
      return sendJson(res, 200, envelope);
    }
    if (url.pathname === '/__test/clock' && req.method === 'POST' && clock) {
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
    const relative = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
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

  return {
    url: origin,
    core,
    close: () =>
      new Promise<void>((resolveClose) => {
        core.close();
        server.close(() => resolveClose());
      }),
  };
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
