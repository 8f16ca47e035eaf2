import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openLibrary, openSeedReader, seedStory, waitForAlignment } from './helpers';

// A phone: 390×844 CSS pixels, touch, no hover.
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

const SCREEN = 844;

/** How much wider than the window the page is (0 when nothing scrolls sideways). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The on-screen box of the first occurrence of `word` in the reader's text. */
async function wordBox(page: Page, word: string) {
  return page.evaluate((word) => {
    // The flagged word itself (the name may also appear elsewhere, as shared evidence).
    const root = [...document.querySelectorAll('.rows .flagged')].find((e) => e.textContent === word)!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.textContent!.indexOf(word);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + word.length);
      n.parentElement!.scrollIntoView({ block: 'center' });
      const r = range.getClientRects()[0]!;
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    throw new Error(`no text holds ${word}`);
  }, word);
}

/** Where `word` is on screen now (its top), without scrolling. */
const wordTop = (page: Page, word: string) =>
  page.evaluate((word) => {
    const el = [...document.querySelectorAll('.rows .flagged, .rows mark')].find((e) => e.textContent === word);
    return el!.getBoundingClientRect().top;
  }, word);

const inScreen = (box: { y: number; height: number } | null) => !!box && box.y >= 0 && box.y + Math.min(box.height, 40) <= SCREEN;

test('on a phone the first screen shows the story, controls fold behind one button', async ({ page }) => {
  await openLibrary(page);
  // The stories come before the form to make one: the demo story's title is on the first screen, above it.
  const storyTop = (await seedStory(page).boundingBox())!.y;
  expect(storyTop).toBeLessThan(SCREEN / 2);
  expect(storyTop).toBeLessThan((await page.getByRole('button', { name: 'Create story' }).boundingBox())!.y);
  // Each document's box sits beside its title, not alone on a line above it.
  const doc = seedStory(page).locator('li.document').nth(1);
  const [box, title] = [await doc.locator('input[type=checkbox]').boundingBox(), await doc.locator('.doc-title').boundingBox()];
  expect(title!.x).toBeGreaterThan(box!.x + box!.width - 1);
  expect(title!.y).toBeLessThan(box!.y + box!.height);
  // Touch screens are not offered to drop a file; they still choose one.
  await seedStory(page).locator('details.import summary').click();
  await expect(seedStory(page).locator('.drop-hint')).toBeHidden();
  await expect(seedStory(page).getByLabel('Choose a file')).toBeVisible();
  await openSeedReader(page);

  const firstText = page.locator('.para.kind-body').first();
  expect(inScreen(await firstText.boundingBox())).toBe(true);
  // The alignment status is two short lines (rows, then the columns' titles cut to the width), not four.
  const status = page.locator('.align-status');
  await expect(status).toContainText('Aligned automatically: 79 rows.');
  await expect(status.locator('.aligned-columns')).toHaveAttribute('title', /Columns aligned: .*The Taliban seek official relations/);
  const lineHeight = await status.evaluate((e) => parseFloat(getComputedStyle(e).fontSize) * 1.6);
  expect((await status.boundingBox())!.height).toBeLessThan(2 * lineHeight + 2);
  // The column pickers and settings wait behind "Columns and settings".
  const column = page.locator('.column-pick select').first();
  await expect(column).toBeHidden();
  await page.getByRole('button', { name: 'Columns and settings' }).tap();
  await expect(column).toBeVisible();
  await expect(page.getByRole('button', { name: 'Columns and settings' })).toHaveAttribute('aria-expanded', 'true');
  // The editing toolbar, when shown, is one line, not a quarter of the screen.
  const tools = page.locator('.row-tools');
  if (await tools.count()) expect((await tools.boundingBox())!.height).toBeLessThan(60);
  // Each row's versions are stacked, not squeezed side by side.
  const row = page.locator('.row', { has: page.locator('.para.kind-body') }).first();
  const [a, b] = [await row.locator('.cell').nth(0).boundingBox(), await row.locator('.cell').nth(1).boundingBox()];
  expect(b!.y).toBeGreaterThanOrEqual(a!.y + a!.height - 1);
  expect(b!.width).toBeGreaterThan(300);
});

test('at 360 px no page is wider than the screen: library, reader with two and three columns', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openLibrary(page);
  await seedStory(page).locator('details.import summary').click();
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  await openSeedReader(page);
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  await page.getByRole('button', { name: 'Columns and settings' }).tap();
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  await page.getByRole('button', { name: 'Add a third column' }).tap();
  await expect(page.locator('.row').first().locator('.cell')).toHaveCount(3);
  await waitForAlignment(page);
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  // No word is cut mid-word: the three versions are stacked, each the screen's width.
  const cells = page.locator('.row').nth(3).locator('.cell');
  for (let c = 0; c < 3; c++) expect((await cells.nth(c).boundingBox())!.width).toBeGreaterThan(300);
  // In the sheet, a checkbox's long label wraps beside its box, not onto a line of its own under it.
  await page.getByRole('button', { name: 'Notes, flags and export' }).tap();
  const linkedOnly = page.locator('label.check', { hasText: 'Linked pairs only' });
  const [box, text] = [await linkedOnly.locator('input').boundingBox(), await linkedOnly.locator('span').boundingBox()];
  expect(text!.y).toBeLessThan(box!.y + box!.height);
  expect(text!.x).toBeGreaterThan(box!.x + box!.width - 1);
  expect(await overflow(page)).toBeLessThanOrEqual(0);
});

// Passed before main's reader session was merged in; after the merge the tap no longer shows
// the flag (not yet understood: the session's focus handling or the tapped word moving).
test('tapping a flagged name opens its flag beside it; the annotation editor opens in sight of its text', async ({ page }) => {
  await openLibrary(page);
  await openSeedReader(page);
  await expect(page.locator('.rows .flagged', { hasText: 'Zawassi' }).first()).toBeVisible({ timeout: 30_000 });

  const box = await wordBox(page, 'Zawassi');
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
  const flag = page.locator('.side li.flag[data-check="name-mismatch"]', { hasText: 'Zawassi' });
  await expect(flag).toBeVisible();
  await expect(flag.locator('.suggestion')).toContainText('Zalmay');
  // Only that word's flags, and the word still in sight above them.
  await expect(page.locator('.side li.flag:visible')).toHaveCount(1);
  expect(inScreen(await flag.boundingBox())).toBe(true);
  const top = await wordTop(page, 'Zawassi');
  expect(top).toBeGreaterThanOrEqual(0);
  expect(top).toBeLessThan((await flag.boundingBox())!.y);
  // "Show all" gives the whole panel; Close gives the screen back to the text.
  await page.getByRole('button', { name: 'Show all' }).tap();
  await expect(page.locator('.side .flag-filters')).toBeVisible();
  await page.locator('.side').getByRole('button', { name: 'Close' }).tap();
  await expect(page.locator('.side')).toBeHidden();

  // Select the name and annotate it: the editor shows with the name above it.
  await page.evaluate(() => {
    const walker = document.createTreeWalker(document.querySelector('.rows')!, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.textContent!.indexOf('Zawassi');
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + 'Zawassi'.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return;
    }
  });
  await page.getByRole('button', { name: 'Annotate selection' }).tap();
  const editor = page.locator('form.annotation-editor');
  await expect(editor).toBeVisible();
  await expect(editor.locator('blockquote')).toHaveText('Zawassi');
  expect(inScreen(await editor.getByLabel('Category').boundingBox())).toBe(true);
  const para = page.locator('.para', { hasText: 'Zawassi' }).first();
  const paraBox = (await para.boundingBox())!;
  expect(paraBox.y + paraBox.height).toBeGreaterThan(0);
  expect(paraBox.y).toBeLessThan((await editor.boundingBox())!.y);
  await editor.getByLabel('Note').fill('Zalmay Khalilzad, garbled.');
  await editor.getByRole('button', { name: 'Save' }).tap();
  await expect(editor).toHaveCount(0);

  // Tapping the highlight opens the editor again, in sight of it.
  const mark = page.locator('.rows mark[data-annotation]', { hasText: 'Zawassi' });
  await mark.tap();
  await expect(editor).toBeVisible();
  expect(inScreen(await editor.getByLabel('Note').boundingBox())).toBe(true);
  const markTop = (await mark.boundingBox())!.y;
  expect(markTop).toBeGreaterThanOrEqual(0);
  expect(markTop).toBeLessThan((await editor.boundingBox())!.y);
});

test('the offline notice sits in the page, above the text, never over it', async ({ page }) => {
  await openLibrary(page);
  const notice = page.locator('.update-banner');
  await expect(notice).toContainText('works offline', { timeout: 20_000 });
  const n = (await notice.boundingBox())!;
  const main = (await page.locator('#main').boundingBox())!;
  expect(main.y).toBeGreaterThanOrEqual(n.y + n.height);
  await notice.getByRole('button', { name: 'Dismiss' }).tap();
  await expect(notice).toBeEmpty();
});

for (const lang of ['en', 'ar', 'fa'] as const) {
  test(`at phone width, library, reader and its sheet have no axe violations (${lang})`, async ({ page }) => {
    test.setTimeout(180_000); // axe walks every paragraph of the story
    const check = async () => {
      const r = await new AxeBuilder({ page }).analyze();
      expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    };
    await openLibrary(page, lang);
    await page.locator('details.import summary').first().click();
    await check();
    await openSeedReader(page);
    await expect(page.locator('.differs-tag').first()).toBeAttached({ timeout: 30_000 });
    // The folded controls and the sheet, both open.
    await page.locator('.menu-toggle').tap();
    await page.locator('.sheet-toggle').tap();
    await expect(page.locator('.side .flag-panel')).toBeVisible();
    await check();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
  });
}

test('one version at a time: tapping a paragraph shows its counterpart, tapping again hides it', async ({ page }) => {
  await openLibrary(page);
  await openSeedReader(page);
  await page.getByRole('button', { name: 'Columns and settings' }).tap();
  await page.getByLabel('Versions shown').selectOption('1');
  await page.getByRole('button', { name: 'Columns and settings' }).tap();
  const en = page.locator('.para[lang="en"]', { hasText: 'In the two months that Donald Trump' });
  const ar = page.locator('.row', { has: en }).locator('.para[lang="ar"]').first();
  await expect(en).toBeVisible();
  await expect(ar).toBeHidden();
  await en.tap();
  await expect(ar).toBeVisible();
  await expect(ar).toContainText('طالبان');
  await en.tap();
  await expect(ar).toBeHidden();
  // The choice is kept: after a reload the story still reads one version at a time.
  await page.reload();
  await expect(page.locator('.para[lang="en"]').first()).toBeVisible();
  await expect(page.locator('.para[lang="ar"]').first()).toBeHidden();
  expect(await overflow(page)).toBeLessThanOrEqual(0);
});
