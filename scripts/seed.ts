import { resolve } from 'node:path';
import { existsSync, readdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { seedStore } from '../electron/core/seed/seedStore';

/** npm run seed -- --data <dir> --customers <N> [--password <p>] [--seed <n>] */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      customers: { type: 'string', default: '1000' },
      password: { type: 'string', default: 'Kedang2026' },
      seed: { type: 'string', default: '20261123' },
    },
    strict: true,
  });
  if (!values.data) {
    process.stderr.write('usage: npm run seed -- --data <dir> --customers <N> [--password <p>] [--seed <n>]\n');
    process.exit(2);
  }
  const dataDir = resolve(values.data);
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    process.stderr.write(`${dataDir} is not empty; seed writes a new store into an empty folder\n`);
    process.exit(2);
  }
  const customers = Number(values.customers);
  const started = Date.now();
  const { core, result } = await seedStore({
    dataDir,
    customers,
    password: values.password,
    seed: Number(values.seed),
    onProgress: (done, total) => {
      if (done % 10_000 === 0 || done === total) process.stdout.write(`  ${done} / ${total} customers\n`);
    },
  });
  core.close();
  process.stdout.write(
    `Seeded ${dataDir}: ${result.customers} customers, ${result.vehicles} vehicles, ${result.contacts} contacts in ${((Date.now() - started) / 1000).toFixed(1)} s.\n` +
      `Log in as admin, archivist, salesmgr, servicemgr, gm or sales01…sales12 with the password you gave (default Kedang2026).\n`,
  );
}

void main();
