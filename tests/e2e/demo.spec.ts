import { expect, startHarness, test } from './harness';

test('npm run web -- --demo opens a populated store that the seeded staff can log into', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const demo = await startHarness(['--demo', '--customers', '300']);
  try {
    await page.goto(demo.launchUrl);
    await page.getByRole('textbox', { name: '用户名', exact: true }).fill('archivist');
    await page.getByLabel('密码', { exact: true }).fill('Kedang2026');
    await page.keyboard.press('Enter');
    await expect(page.getByText('周档案').first()).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('demo-home.png'), fullPage: true });
    const found = await demo.rpc<{ total: number }>('customers.search', { query: '' });
    expect(found.ok).toBe(true);
    expect(found.data?.total).toBe(300);

    // The list is as long as the archive but keeps only the rows on screen; jumping to the end fetches that page alone.
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('status').filter({ hasText: '共 300 份档案' })).toBeVisible();
    const list = page.getByRole('table', { name: '客户档案列表' });
    await list.locator('[role=rowgroup]').nth(1).evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect(list.locator('[role=row][aria-rowindex="301"]')).toContainText(/KD\d{10}/);
    expect(await list.locator('[role=row][data-index]').count()).toBeLessThan(40);
    await page.screenshot({ path: testInfo.outputPath('demo-list-end.png'), fullPage: true });
  } finally {
    await demo.stop();
  }
});
