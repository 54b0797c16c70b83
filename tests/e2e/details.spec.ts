import { expect } from './harness';
import { demoTest as test, demoUsers, logInAs, openScreen, shot } from './ui';

test.use({ demoCustomers: 400 });

test('follow-ups come 20 to a page with the year on dates of other years, the list’s badges are whole, and the English header names the app once', async ({ page }, testInfo) => {
  await page.goto('/');
  await logInAs(page, demoUsers.archiveAdmin);

  const panel = page.getByRole('region', { name: '待跟进客户' });
  const items = panel.getByRole('listitem');
  await expect(items.first()).toBeVisible();
  expect(await items.count()).toBe(20);
  // A date of another year says which year; this year's need not.
  const thisYear = new Date().getFullYear();
  const dates = (await panel.getByText(/应跟进 /).allTextContents()).map((text) => /应跟进 (\S+)/.exec(text)?.[1] ?? '');
  expect(dates.length).toBeGreaterThan(0);
  for (const date of dates) {
    if (!/^\d{4}-/.test(date)) expect(date, 'a date without a year is this year’s').toMatch(/^\d{2}-\d{2}$/);
  }
  for (const date of dates.filter((d) => /^\d{4}-/.test(d))) expect(Number(date.slice(0, 4)), 'a date with its year is another year’s').not.toBe(thisYear);
  const firstPage = await items.allTextContents();
  await panel.getByRole('button', { name: '2', exact: true }).click();
  await expect(items.first()).not.toHaveText(firstPage[0]!);
  expect(await items.count()).toBeGreaterThan(0);
  expect(await items.count()).toBeLessThanOrEqual(20);
  await shot(page, testInfo, '01-follow-ups');

  // The list's badges (单位, 秘密, 跟进逾期 …) are never cut to "单…".
  await openScreen(page, '客户档案');
  const list = page.getByRole('table', { name: '客户档案列表' });
  await expect(list.locator('[role=row][data-index="0"]')).toBeVisible();
  const cut = await list.locator('[role=row] .mantine-Badge-label').evaluateAll((labels) =>
    labels.filter((label) => label.scrollWidth > label.clientWidth + 1).map((label) => label.textContent),
  );
  expect(await list.locator('[role=row] .mantine-Badge-label').count()).toBeGreaterThan(0);
  expect(cut).toEqual([]);
  await shot(page, testInfo, '02-list-badges');

  // In English the header says KeDang once.
  await page.getByRole('banner').getByText('English').click();
  await expect(page.getByRole('heading', { name: 'Customer files', level: 2 })).toBeVisible();
  const header = (await page.getByRole('banner').innerText()).replace(/\s+/g, ' ');
  expect(header).not.toMatch(/KeDang\s+KeDang/);
  expect(header.match(/KeDang/g)?.length).toBe(1);
  await shot(page, testInfo, '03-english-header');
});
