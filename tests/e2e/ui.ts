import AxeBuilder from '@axe-core/playwright';
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

/** The demo store's logins (`npm run web -- --demo`), one per role; all share one password. */
export const demoPassword = 'Kedang2026';
export const demoUsers = {
  systemAdmin: 'admin',
  archiveAdmin: 'archivist',
  salesManager: 'salesmgr',
  serviceManager: 'servicemgr',
  generalManager: 'gm',
  consultant: 'sales01',
} as const;

/**
 * A test on a populated demo store (customers, loans and views in every state): `demoCustomers`
 * says how many files it seeds; the store is the test's own.
 */
export const demoTest = harnessTest.extend<{ demoCustomers: number; store: Harness }>({
  demoCustomers: [40, { option: true }],
  store: async ({ demoCustomers }, use) => {
    const store = await startHarness(['--demo', '--customers', String(demoCustomers)]);
    await use(store);
    await store.stop();
  },
  baseURL: async ({ store }, use) => use(store.url),
});

/** Logs a demo user in and waits for the home screen. */
export async function logInAs(page: Page, username: string, password = demoPassword): Promise<void> {
  await logIn(page, username, password);
  await expect(page.getByRole('heading', { name: '工作台', level: 2 })).toBeVisible();
}

export async function logOut(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
}

/** Clicks a link of the side navigation and waits for the screen's heading. */
export async function openScreen(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { name, exact: true, level: 2 })).toBeVisible();
}

/** Waits until the page has no call to core in flight for a moment (screens fetch as they mount). */
export async function settle(page: Page, quietMs = 400): Promise<void> {
  let pending = 0;
  let last = Date.now();
  const onRequest = (request: { url(): string }) => {
    if (request.url().includes('/rpc/')) {
      pending += 1;
      last = Date.now();
    }
  };
  const onDone = (request: { url(): string }) => {
    if (request.url().includes('/rpc/')) {
      pending = Math.max(0, pending - 1);
      last = Date.now();
    }
  };
  page.on('request', onRequest);
  page.on('requestfinished', onDone);
  page.on('requestfailed', onDone);
  try {
    await expect.poll(() => pending === 0 && Date.now() - last >= quietMs, { timeout: 15_000, intervals: [100] }).toBe(true);
  } finally {
    page.off('request', onRequest);
    page.off('requestfinished', onDone);
    page.off('requestfailed', onDone);
  }
}

/** The element's box lies inside the viewport: seen without scrolling anything. */
export async function expectOnScreen(locator: Locator): Promise<void> {
  await expect(locator).toBeVisible();
  const box = await locator.boundingBox();
  const viewport = locator.page().viewportSize();
  expect(box, 'element has a box').not.toBeNull();
  expect(viewport).not.toBeNull();
  expect(box!.y, 'top edge on screen').toBeGreaterThanOrEqual(0);
  expect(box!.x, 'left edge on screen').toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height, 'bottom edge on screen').toBeLessThanOrEqual(viewport!.height);
  expect(box!.x + box!.width, 'right edge on screen').toBeLessThanOrEqual(viewport!.width);
}

/** WCAG 2.1 A and AA: a serious or critical finding fails the screen, listed with where it is. */
export async function expectAccessible(page: Page, testInfo: TestInfo, screen: string): Promise<void> {
  // Let transitions finish: axe measures colours as they are drawn.
  await page.waitForTimeout(300);
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  await testInfo.attach(`axe-${screen}.json`, { body: JSON.stringify(bad, null, 2), contentType: 'application/json' });
  const summary = bad.flatMap((v) => v.nodes.slice(0, 5).map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`));
  expect(summary, `${screen}: ${bad.reduce((sum, v) => sum + v.nodes.length, 0)} serious or critical findings`).toEqual([]);
}

/**
 * Signs the sign-off dialog that is open as `user` (username, password, 签字同意). With expectError
 * the refusal must say so, and the dialog is cancelled; either way it is closed afterwards.
 */
export async function signOffAs(dialog: Locator, user: { username: string; password: string }, expectError?: string): Promise<void> {
  await expect(dialog).toBeVisible();
  await field(dialog, '审批人用户名').fill(user.username);
  await dialog.getByLabel('审批人密码').fill(user.password);
  await dialog.getByRole('button', { name: '签字同意' }).click();
  if (expectError) {
    await expect(dialog.getByRole('alert')).toContainText(expectError);
    await dialog.getByRole('button', { name: '取消' }).click();
  }
  await expect(dialog).toBeHidden();
}
