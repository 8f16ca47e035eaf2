import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { openLibrary, openSeedReader } from './helpers';

for (const lang of ['en', 'ar', 'fa'] as const) {
  test(`library and reader have no axe violations with the ${lang} interface`, async ({ page }) => {
    await openLibrary(page, lang);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('html')).toHaveAttribute('dir', lang === 'en' ? 'ltr' : 'rtl');
    await page.locator('details.import summary').first().click();
    const library = await new AxeBuilder({ page }).analyze();
    expect(library.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);

    await openSeedReader(page);
    await page.locator('.para').first().focus();
    // Check the reader with the reviewer checks' results drawn (flags, name index), not before.
    await expect(page.locator('.differs-tag').first()).toBeVisible();
    const reader = await new AxeBuilder({ page }).analyze();
    expect(reader.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  });
}

test('the Arabic interface mirrors the layout and shows numbers in Arabic-Indic digits', async ({ page }) => {
  await openLibrary(page, 'ar');
  const story = page.locator('li.story').first();
  await expect(story.locator('.meta').first()).toContainText('٥'); // five documents
  const box = await page.locator('.brand').boundingBox();
  const width = page.viewportSize()!.width;
  expect(box!.x).toBeGreaterThan(width / 2); // the brand sits on the right
});

test('the reader is usable from the keyboard: arrows move along and across columns', async ({ page }) => {
  await openLibrary(page);
  await openSeedReader(page);
  await page.mouse.move(0, 0); // hovering also highlights a row; keep the pointer out of the text
  const first = page.locator('.para[data-col="0"]').first();
  await first.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.para:focus')).toHaveAttribute('data-row', '1');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.para:focus')).toHaveAttribute('data-col', '1');
  await expect(page.locator('.row.active .para:focus')).toHaveCount(1);
});

test('text zoomed to 200% on a narrow window loses nothing sideways, and columns can be pinned', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 800 });
  await openLibrary(page, 'ar');
  await openSeedReader(page);
  await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);

  // In the Arabic interface the first column (Arabic) sits on the right; pinned, on the left.
  await page.evaluate(() => (document.documentElement.style.fontSize = ''));
  const firstX = async () => (await page.locator('.row .cell').first().boundingBox())!.x;
  const secondX = async () => (await page.locator('.row .cell').nth(1).boundingBox())!.x;
  expect(await firstX()).toBeGreaterThan(await secondX());
  await page.getByLabel('ترتيب الأعمدة').selectOption('ltr');
  expect(await firstX()).toBeLessThan(await secondX());
  await page.reload();
  await expect(page.getByLabel('ترتيب الأعمدة')).toHaveValue('ltr');
});
