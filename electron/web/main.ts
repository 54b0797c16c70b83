import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startWebHarness } from './server';

declare const __APP_VERSION__: string;

const usage = 'usage: npm run web -- --data <dir> [--port N] [--idle-lock-seconds N]\n';

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        data: { type: 'string' },
        port: { type: 'string', default: '5199' },
        // For demos and the e2e tests: auto-lock after N seconds instead of the stored minutes.
        'idle-lock-seconds': { type: 'string' },
      },
      strict: true,
    }));
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${usage}`);
    process.exit(2);
  }
  if (!values.data) {
    process.stderr.write(usage);
    process.exit(2);
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`--port must be a whole number from 0 to 65535, not ${values.port}\n`);
    process.exit(2);
  }
  const idle = values['idle-lock-seconds'] === undefined ? undefined : Number(values['idle-lock-seconds']);
  if (idle !== undefined && (!Number.isInteger(idle) || idle < 1)) {
    process.stderr.write(`--idle-lock-seconds must be a whole number of seconds, not ${values['idle-lock-seconds']}\n`);
    process.exit(2);
  }
  const harness = await startWebHarness({
    idleLockSeconds: idle,
    dataDir: values.data,
    port,
    rendererDir: resolve(import.meta.dirname, '../renderer'),
    appVersion: __APP_VERSION__,
  });
  process.stdout.write(`KeDang web harness: ${harness.url}/ (data: ${resolve(values.data)})\n`);
  const stop = () => void harness.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
