import type { Locator, Page, TestInfo } from '@playwright/test';
import { expect, startHarness, test as harnessTest, type Harness } from './harness';

/**
 * A test that sets up a store gets its own harness: the worker's shared one must stay a never-set-up
 * PC for the other spec files in the same worker. `harnessArgs` passes flags such as --test-clock.
 */
export const storeTest = harnessTest.extend<{ harnessArgs: string[]; store: Harness }>({
  harnessArgs: [[], { option: true }],
  store: async ({ harnessArgs }, use) => {
    const store = await startHarness(harnessArgs);
    await use(store);
    await store.stop();
  },
  baseURL: async ({ store }, use) => use(store.url),
});

export interface StaffMember {
  username: string;
  displayName: string;
  password: string;
  role: string;
}

/** Inputs by accessible name: a required field's label also shows an asterisk that is not part of its name. */
export function field(scope: Page | Locator, name: string): Locator {
  return scope.getByRole('textbox', { name, exact: true });
}

export async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
}

/** The 8 groups of a recovery code, whether core sends it with dashes or without. */
export function groupsOf(code: string): string[] {
  const raw = code.toUpperCase().replace(/[\s-]/g, '');
  return raw.match(/.{4}/g) ?? [];
}

/** Fills the login form and presses Enter; the caller waits for whatever screen should follow. */
export async function logIn(page: Page, username: string, password: string): Promise<void> {
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
  await field(page, '用户名').fill(username);
  await field(page, '密码').fill(password);
  await field(page, '密码').press('Enter');
}

export async function rpcOk<T>(store: Harness, channel: string, input: unknown = {}): Promise<T> {
  const result = await store.rpc<T>(channel, input);
  expect(result.ok, `${channel}: ${JSON.stringify(result.error)}`).toBe(true);
  return result.data as T;
}

/**
 * Sets a store up over RPC (the UI path has its own test in accounts.spec): the administrator, then
 * the given staff; ends logged out.
 */
export async function setUpStoreByRpc(store: Harness, admin: Omit<StaffMember, 'role'>, staff: StaffMember[]): Promise<void> {
  const setup = await rpcOk<{ recoveryCode: string; confirmGroups: number[] }>(store, 'setup.initialize', { store: { name: '星辰汽车 4S 店', address: '' }, admin });
  const groups = groupsOf(setup.recoveryCode);
  await rpcOk(store, 'setup.confirmRecovery', { groups: setup.confirmGroups.map((index) => ({ index, value: groups[index] })) });
  for (const user of staff) await rpcOk(store, 'users.create', user);
  await rpcOk(store, 'auth.logout');
}
