import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect } from './harness';
import { demoTest as test, demoUsers, openScreen } from './ui';

const root = resolve(import.meta.dirname, '../..');
const features = readdirSync(join(root, 'renderer/features'));

test.use({ demoCustomers: 20 });

test('each feature keeps its own Chinese and English text, and the app’s message files only put them together', () => {
  for (const feature of features) {
    for (const locale of ['zh-CN', 'en-US']) {
      expect(existsSync(join(root, 'renderer/features', feature, `i18n.${locale}.ts`)), `${feature} has i18n.${locale}.ts`).toBe(true);
    }
  }
  for (const locale of ['zh-CN', 'en-US']) {
    const source = readFileSync(join(root, `renderer/i18n/${locale}.ts`), 'utf8');
    // No message of its own: every quoted text belongs to a feature (or to the app's frame).
    const texts = [...source.matchAll(/:\s*'([^']*)'/g)].map((match) => match[1]);
    expect(texts, `renderer/i18n/${locale}.ts holds no messages`).toEqual([]);
  }
});

/** The screen's words, leaving out codes shown on purpose in monospace (audit actions, permission names). */
function wordsOnScreen(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || element.closest('[hidden]') || getComputedStyle(element).fontFamily.includes('monospace')) continue;
      parts.push(node.textContent ?? '');
    }
    return parts.join(' ');
  });
}

test('in English every screen of every role shows words, never a message key', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await page.getByText('English').click();
  const keyLike = /\b(?:app|nav|common|home|auth|setup|recovery|users|roles|permissions|signoff|audit|auditActions|settings|loans|customers|customerRecords|duplicates|merges|lifecycle|fields|fieldIssues|errors|errorBoundary|backup|jobs|dialogs|documents)\.[A-Za-z]+/;
  for (const username of [demoUsers.systemAdmin, demoUsers.archiveAdmin, demoUsers.salesManager]) {
    await page.getByRole('textbox', { name: 'Username', exact: true }).fill(username);
    await page.getByLabel('Password', { exact: true }).fill('Kedang2026');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Home', level: 2 })).toBeVisible();
    const links = (await page.getByRole('navigation').getByRole('link').allTextContents()).map((text) => text.trim());
    for (const name of links) {
      await openScreen(page, name);
      const tabs = page.getByRole('main').getByRole('tab');
      for (let i = 0; i < (await tabs.count()); i += 1) {
        await tabs.nth(i).click();
        await page.waitForTimeout(200);
        expect(await wordsOnScreen(page), `${username} · ${name}`).not.toMatch(keyLike);
      }
      expect(await wordsOnScreen(page), `${username} · ${name}`).not.toMatch(keyLike);
    }
    await page.getByRole('banner').getByRole('button', { name: 'Log out' }).click();
    await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible();
  }
});
