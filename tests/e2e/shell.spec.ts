import { expect, test } from './harness';

test('a PC that has never seen KeDang opens on the first-run screen in Chinese', async ({ page }, testInfo) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '首次使用设置' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.screenshot({ path: testInfo.outputPath('first-run.png'), fullPage: true });

  await page.getByText('English').click();
  await expect(page.getByRole('heading', { name: 'First-run setup' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('the page gets exactly the contract as window.kedang, and nothing of Node', async ({ page, harness }) => {
  await page.goto('/');
  const shape = await page.evaluate(() => ({

    namespaces: Object.keys((window as unknown as { kedang?: object }).kedang ?? {}),
    hasRequire: typeof (window as unknown as { require?: unknown }).require !== 'undefined',
    hasProcess: typeof (window as unknown as { process?: unknown }).process !== 'undefined',
  }));
  const list = (await (await fetch(`${harness.url}/rpc`)).json()) as Array<{ name: string }>;
  // Every channel namespace, and onEvent for what core pushes (job progress).
  const expected = [...new Set(list.map((c) => c.name.split('.')[0]!)), 'onEvent'].sort();
  expect(shape.namespaces.sort()).toEqual(expected);
  expect(shape.hasRequire).toBe(false);
  expect(shape.hasProcess).toBe(false);
});

test('inline script is refused by the content security policy', async ({ page }) => {
  await page.goto('/');
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.body.appendChild(script);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(ran).toBe(false);
});

test('the printed address opens the app; a page opened without its token cannot reach core', async ({ browser, harness }) => {
  const stranger = await browser.newContext();
  const page = await stranger.newPage();
  await page.goto(harness.url);
  await expect(page.getByText('此页面缺少启动令牌')).toBeVisible();
  await page.goto(harness.launchUrl);
  await expect(page.getByRole('heading', { name: '首次使用设置' })).toBeVisible();
  expect(new URL(page.url()).search).toBe('');
  const cookies = await stranger.cookies(harness.url);
  expect(cookies.find((c) => c.value === harness.token)).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
  await stranger.close();
});
