import { expect, test, type Page } from '@playwright/test';
import { annotateWord, openLibrary, openSeedReader, openSeedReaderWatched } from './helpers';

test('printed, the story is side by side with numbered notes and no controls', async ({ page }) => {
  const violations = await openSeedReaderWatched(page);
  await annotateWord(page, 'Zawassi', { note: 'Zalmay Khalilzad, garbled by the machine translation.' });
  await annotateWord(page, 'Glizmann', { note: 'Spelt four ways in the English.' });
  await expect(page.locator('button:visible')).not.toHaveCount(0);

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('button:visible')).toHaveCount(0);
  await expect(page.locator('select:visible, input:visible, textarea:visible')).toHaveCount(0);
  await expect(page.locator('.side')).toBeHidden();
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.locator('#reader-heading')).toBeVisible();

  // Versions of a row side by side.
  const row = page.locator('.row', { has: page.locator('.para', { hasText: 'Zawassi' }) });
  const [a, b] = [(await row.locator('.cell').nth(0).boundingBox())!, (await row.locator('.cell').nth(1).boundingBox())!];
  expect(Math.abs(a.y - b.y)).toBeLessThan(2);
  expect(Math.abs(a.x - b.x)).toBeGreaterThan(200);

  // Each annotation numbered in reading order (Glizmann comes first in the story), its note listed.
  const notes = page.locator('.print-notes li');
  await expect(notes).toHaveCount(2);
  await expect(notes.nth(0)).toContainText('Spelt four ways in the English.');
  await expect(notes.nth(1)).toContainText('Zalmay Khalilzad, garbled by the machine translation.');
  await expect(page.locator('mark[data-note="1"]')).toHaveText('Glizmann');
  await expect(page.locator('mark[data-note="2"]')).toHaveText('Zawassi');
  // Polled: the reader may re-render its marks (the checks' flags arrive) just as the style is read.
  await expect
    .poll(() => page.locator('mark[data-note="2"]').evaluate((m) => getComputedStyle(m, '::after').content))
    .toBe('"2"');

  // Back on screen, the notes list is not shown.
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.print-notes')).toBeHidden();
  expect(violations).toEqual([]);
});

test('printed on narrow paper, the versions of a row are stacked', async ({ page }) => {
  await page.setViewportSize({ width: 480, height: 800 });
  await openLibrary(page);
  await openSeedReader(page);
  await page.emulateMedia({ media: 'print' });
  const row = page.locator('.row', { has: page.locator('.para.kind-body') }).first();
  const [a, b] = [(await row.locator('.cell').nth(0).boundingBox())!, (await row.locator('.cell').nth(1).boundingBox())!];
  expect(b.y).toBeGreaterThanOrEqual(a.y + a.height - 1);
  await expect(page.locator('button:visible')).toHaveCount(0);
});
