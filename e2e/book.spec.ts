import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { longPair, newStoryImport, openLibrary, waitForAlignment } from './helpers';

test('a long pair renders only the rows on screen and still moves by keyboard to any row', async ({ page }) => {
  test.setTimeout(120_000);
  const pair = longPair(30); // about 700 paragraphs a side
  const form = await newStoryImport(page, 'Long story');
  const story = page.locator('li.story', { hasText: 'Long story' });
  for (const [name, text] of [['en.txt', pair.en], ['ar.txt', pair.ar]] as const) {
    await form.locator('input[type=file]').setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
    await expect(form.getByRole('status')).toContainText('Added');
  }
  await story.getByRole('link', { name: 'Read side by side' }).click();
  await waitForAlignment(page);

  const status = page.locator('.align-status');
  await expect(status).toHaveText(/Aligned automatically: [\d,]+ rows/);
  await page.waitForTimeout(1000);
  await expect(status).toHaveText(/Aligned automatically: [\d,]+ rows/); // and it stays aligned
  const total = Number((await status.textContent())!.match(/([\d,]+) rows/)![1]!.replace(/,/g, ''));
  expect(total).toBeGreaterThan(600);
  const drawn = await page.locator('.row').count();
  expect(drawn).toBeLessThan(60); // virtualised: a screenful plus a margin
  // Rows of different heights are measured: each starts where the one above it ends.
  await expect
    .poll(() =>
      page.locator('.virtual-row').evaluateAll((rows) => {
        const boxes = rows.map((r) => ({ index: Number((r as HTMLElement).dataset.index), box: r.getBoundingClientRect() })).sort((a, b) => a.index - b.index);
        return boxes.slice(1).filter((b, k) => Math.abs(b.box.top - boxes[k]!.box.bottom) > 1).length;
      }),
    )
    .toBe(0);

  // The scrollbar tells the book's length before the rows are drawn: rows not drawn yet are
  // placed by their text's length, so the list hardly grows or shrinks as they are drawn
  // (by a placeholder height for all, it grew by 40% of the distance scrolled).
  const listHeight = () => page.locator('.virtual-rows').evaluate((el) => el.getBoundingClientRect().height);
  const before = await listHeight();
  await page.mouse.move(300, 600);
  for (let i = 0; i < 10; i++) {
    await page.mouse.wheel(0, 900);
    await page.waitForTimeout(100);
  }
  await expect.poll(() => page.locator('.virtual-rows.scrolling').count()).toBe(0);
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(5000);
  expect(Math.abs((await listHeight()) - before)).toBeLessThan(0.1 * scrolled);
  await page.evaluate(() => window.scrollTo(0, 0));

  // The last chapter heading is reachable: press End-like movement via row jumps.
  await page.mouse.move(0, 0);
  await page.locator('.para[data-col="0"]').first().focus();
  for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowDown');
  const row = Number(await page.locator('.para:focus').getAttribute('data-row'));
  expect(row).toBeGreaterThan(30);
  await expect(page.locator('.row.active .para:focus')).toHaveCount(1);

  // Counterparts stay level: the focused row's cells share one top edge.
  const tops = await page.locator('.row.active .cell').evaluateAll((cells) => cells.map((c) => Math.round(c.getBoundingClientRect().top)));
  expect(new Set(tops).size).toBe(1);

  // A book's many flags are listed a page at a time, so listing them never holds the page.
  const panel = page.locator('.flag-panel');
  await expect(panel).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  const flags = panel.locator('.flag-list > li');
  await expect(flags).toHaveCount(50);
  await panel.getByRole('button', { name: /Show more/ }).click();
  expect(await flags.count()).toBeGreaterThan(50);

  // Any row by its number, typed in any digits; a number past the end says what there is.
  const goTo = page.getByLabel('Go to row');
  await goTo.fill('٦٠٠');
  await goTo.press('Enter');
  await expect(page.locator('.para:focus')).toHaveAttribute('data-row', '599');
  await expect(page.locator('.para:focus')).toBeInViewport();
  await goTo.fill(String(total + 1));
  await goTo.press('Enter');
  await expect(page.getByRole('alert')).toHaveText(`Rows run from 1 to ${total.toLocaleString('en')}.`);
});

test('search finds Arabic text whatever its diacritics and jumps to its row', async ({ page }) => {
  await openLibrary(page);
  const { openSeedReader } = await import('./helpers');
  await openSeedReader(page);
  // The text has "غليزمان"; the query adds a diacritic and a tatweel.
  await page.getByLabel(/Search all columns/i).fill('غلـيزمَان');
  const results = page.locator('.search-results li');
  await expect(results.first()).toBeVisible();
  expect(await results.count()).toBeGreaterThanOrEqual(4);
  await page.getByLabel(/Search all columns/i).press('Enter');
  await expect(page.locator('.para:focus')).toContainText('غليزمان');
});

test('a 10 MB book shows its import progress and can be cancelled, adding nothing', async ({ page }) => {
  test.setTimeout(120_000);
  const seeds = join(import.meta.dirname, '..', 'seeds');
  const paragraphs = readFileSync(join(seeds, '000_f64be7aa07701883.txt'), 'utf8').split('\n').filter((l) => l.length > 200);
  const lines: string[] = [];
  for (let size = 0, k = 0; size < 10_000_000; k++) {
    const line = `${k}. ${paragraphs[k % paragraphs.length]!}`;
    lines.push(line);
    size += line.length + 2;
  }
  const form = await newStoryImport(page, 'Big book');
  await form.locator('input[type=file]').setInputFiles({ name: 'book.txt', mimeType: 'text/plain', buffer: Buffer.from(lines.join('\n\n')) });
  await expect(form.getByRole('progressbar')).toBeVisible();
  await form.getByRole('button', { name: 'Cancel import' }).click();
  await expect(form.getByRole('status')).toHaveText('Import cancelled; nothing was added.');
  await expect(form.getByRole('progressbar')).toHaveCount(0);
  await page.reload();
  await expect(page.locator('li.story', { hasText: 'Big book' }).locator('li.document')).toHaveCount(0);
});
