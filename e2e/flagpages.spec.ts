import { expect, test, type Page } from '@playwright/test';
import { longPair, newStoryImport, waitForAlignment } from './helpers';

/** The number in the flag panel's heading ("1,234 flags to review"). */
async function headingCount(page: Page): Promise<number> {
  const text = (await page.locator('#flag-panel-heading').textContent()) ?? '';
  return Number(text.match(/^([\d,]+)/)![1]!.replace(/,/g, ''));
}

/** Clicks "Show more" until the list is whole; the number of flags listed. */
async function listAll(page: Page): Promise<number> {
  const panel = page.locator('.flag-panel');
  const more = panel.getByRole('button', { name: /Show more/ });
  while (await more.count()) {
    const before = await panel.locator('li.flag').count();
    await more.click();
    await expect.poll(() => panel.locator('li.flag').count()).toBeGreaterThan(before);
  }
  return panel.locator('li.flag').count();
}

test('a book’s flags are read a page at a time to the end, and are there after a reload without checking again', async ({ page }) => {
  test.setTimeout(180_000);
  const pair = longPair(12);
  const form = await newStoryImport(page, 'Paged flags');
  for (const [name, text] of [['en.txt', pair.en], ['ar.txt', pair.ar]] as const) {
    await form.locator('input[type=file]').setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
    await expect(form.getByRole('status')).toContainText('Added');
  }
  await page.locator('li.story', { hasText: 'Paged flags' }).getByRole('link', { name: 'Read side by side' }).click();
  await waitForAlignment(page);
  const panel = page.locator('.flag-panel');
  await expect(panel).toHaveAttribute('data-status', 'done', { timeout: 90_000 });

  // Every flag the heading counts can be reached, a page at a time, each once.
  const total = await headingCount(page);
  expect(total).toBeGreaterThan(100);
  await expect(panel.locator('li.flag')).toHaveCount(50);
  expect(await listAll(page)).toBe(total);
  const ids = await panel.locator('li.flag').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.flag));
  expect(new Set(ids).size).toBe(total);

  // One check's flags page the same way, as many as its filter says.
  const chip = panel.locator('.flag-filters button[data-check]:not([disabled])').first();
  const count = Number((await chip.locator('.count').textContent())!.replace(/,/g, ''));
  await chip.click();
  expect(await listAll(page)).toBe(count);
  const check = await chip.getAttribute('data-check');
  await expect(panel.locator(`li.flag:not([data-check="${check}"])`)).toHaveCount(0);

  // A reload shows the stored flags, underlines included, without running the checks again.
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.reload();
  await expect(panel).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  expect(await headingCount(page)).toBe(total);
  await expect(panel.locator('li.flag')).toHaveCount(50);
  await expect(page.locator('.rows .flagged').first()).toBeVisible();
  expect(workers.filter((u) => u.includes('checks'))).toEqual([]);
});
