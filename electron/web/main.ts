import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWebHarness } from './server';
import { seedStore } from '../core/seed/seedStore';

declare const __APP_VERSION__: string;

const usage = 'usage: npm run web -- --data <dir> [--port N] [--idle-lock-seconds N]\n       npm run web -- --demo [--data <dir>] [--customers N] [--port N]\n';
const DEMO_PASSWORD = 'Kedang2026';

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        data: { type: 'string' },
        port: { type: 'string', default: '5199' },
        // For demos and the e2e tests: auto-lock after N seconds instead of the stored minutes.
        'idle-lock-seconds': { type: 'string' },
        // A populated demo store (seeded once into --data, or into a temp folder).
        demo: { type: 'boolean', default: false },
        // For the e2e tests: POST /__test/clock { advanceMs } moves core's clock forward.
        'test-clock': { type: 'boolean', default: false },
        customers: { type: 'string', default: '2000' },
      },
      strict: true,
    }));
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${usage}`);
    process.exit(2);
  }
  if (values.demo && !values.data) values.data = mkdtempSync(join(tmpdir(), 'kedang-demo-'));
  if (!values.data) {
    process.stderr.write(usage);
    process.exit(2);
  }
  if (values.demo && !existsSync(join(values.data, 'vault.json'))) {
    const customers = Number(values.customers);
    process.stdout.write(`Seeding a demo store with ${customers} customers into ${resolve(values.data)} …\n`);
    const { core } = await seedStore({ dataDir: resolve(values.data), customers, password: DEMO_PASSWORD });
    core.close();
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
    testClock: values['test-clock'],
    dataDir: values.data,
    port,
    rendererDir: resolve(import.meta.dirname, '../renderer'),
    printResourcesDir: resolve(import.meta.dirname, '../resources'),
    appVersion: __APP_VERSION__,
  });
  process.stdout.write(`KeDang web harness: ${harness.launchUrl} (data: ${resolve(values.data)})\n`);
  if (values.demo) {
    process.stdout.write(`Demo logins (password ${DEMO_PASSWORD}): admin 系统管理员, archivist 档案管理员, salesmgr 销售经理, servicemgr 客服经理, gm 总经理, sales01…sales12 销售顾问\n`);
  }
  const stop = () => void harness.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
