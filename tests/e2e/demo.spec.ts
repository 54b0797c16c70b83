import { expect, startHarness, test } from './harness';

test('npm run web -- --demo opens a populated store that the seeded staff can log into', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const demo = await startHarness(['--demo', '--customers', '300']);
  try {
    await page.goto(demo.url);
    await page.getByRole('textbox', { name: '用户名', exact: true }).fill('archivist');
    await page.getByLabel('密码', { exact: true }).fill('Kedang2026');
    await page.keyboard.press('Enter');
    await expect(page.getByText('周档案').first()).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('demo-home.png'), fullPage: true });
    const found = await demo.rpc<{ total: number }>('customers.search', { query: '' });
    expect(found.ok).toBe(true);
    expect(found.data?.total).toBe(300);
  } finally {
    await demo.stop();
  }
});
