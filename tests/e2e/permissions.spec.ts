import type { Page } from '@playwright/test';
import { expect } from './harness';
import { demoPassword, demoTest as test, demoUsers, logInAs, logOut, openScreen, rpcOk, settle } from './ui';

interface AuditPage {
  entries: Array<{ actorName: string; targetType: string | null; targetId: string | null; summary: string }>;
}

/** Every tab of the screen that is on show, clicked in turn, each given time to fetch what it shows. */
async function visitTabs(page: Page): Promise<void> {
  const tabs = page.getByRole('main').getByRole('tab');
  const count = await tabs.count();
  for (let i = 0; i < count; i += 1) {
    await tabs.nth(i).click();
    await settle(page);
  }
}

test.use({ demoCustomers: 30 });

test('no role’s screens ask core for anything the role may not do, so the audit log holds no false 越权访问被拒绝', async ({ page, store }) => {
  test.setTimeout(240_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');

  for (const [role, username] of Object.entries(demoUsers)) {
    await test.step(role, async () => {
      await logInAs(page, username);
      await settle(page);
      const links = await page.getByRole('navigation').getByRole('link').allTextContents();
      expect(links.length, `${role} sees a navigation`).toBeGreaterThan(1);
      for (const name of links) {
        await openScreen(page, name.trim());
        await settle(page);
        if (name.trim() !== '客户档案') await visitTabs(page);
      }
      if (links.includes('客户档案')) {
        // The first file of the list this role sees, with every tab of its card.
        await openScreen(page, '客户档案');
        await page.getByRole('table', { name: '客户档案列表' }).locator('[role=row][data-index="0"]').click();
        await expect(page.getByRole('tab', { name: '基本信息' })).toBeVisible();
        await settle(page);
        await visitTabs(page);
      }
      await logOut(page);
    });
  }

  await rpcOk(store, 'auth.login', { username: demoUsers.systemAdmin, password: demoPassword });
  const denied = await rpcOk<AuditPage>(store, 'audit.list', { action: 'access.denied', limit: 50 });
  expect(denied.entries.map((entry) => `${entry.actorName} → ${entry.targetType} ${entry.targetId}: ${entry.summary}`)).toEqual([]);
  expect(errors).toEqual([]);
});
