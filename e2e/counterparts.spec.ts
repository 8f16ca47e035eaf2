import { expect, test, type Page } from '@playwright/test';
import { openLibrary, openSeedReader, openSeedReaderWatched } from './helpers';

/** The text of each range of a CSS highlight, with the row and language of its paragraph. */
function highlighted(page: Page, name: string) {
  return page.evaluate((n) => {
    const h = CSS.highlights.get(n);
    return h
      ? [...h].map((r) => {
          const para = (r.startContainer.parentElement as HTMLElement).closest<HTMLElement>('.para')!;
          return { text: (r as Range).toString(), row: para.dataset.row, lang: para.lang };
        })
      : [];
  }, name);
}

/** Where the first occurrence of `word` in the column of language `lang` is on screen (scrolled into view). */
function place(page: Page, word: string, lang: string) {
  return page.evaluate(
    ([word, lang]) => {
      for (const p of document.querySelectorAll(`.para[lang="${lang}"] p`)) {
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const at = n.textContent!.indexOf(word as string);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(n, at);
          range.setEnd(n, at + (word as string).length);
          range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
          const r = range.getClientRects()[0]!;
          return { x: r.left + r.width / 2, y: r.top + r.height / 2, row: p.closest<HTMLElement>('.para')!.dataset.row };
        }
      }
      throw new Error(`no ${word} in ${lang}`);
    },
    [word, lang] as const,
  );
}

/** Moves the mouse over `word`; returns where it is. */
async function hover(page: Page, word: string, lang: string) {
  const box = await place(page, word, lang);
  await page.mouse.move(box.x, box.y);
  return box;
}

test('hovering a name or a number highlights its counterpart in the other column of the row', async ({ page }) => {
  const violations = await openSeedReaderWatched(page);

  const { row } = await hover(page, 'Khalilzad', 'en');
  await expect.poll(() => highlighted(page, 'counterpart-word')).toEqual([{ text: 'Khalilzad', row, lang: 'en' }]);
  await expect.poll(() => highlighted(page, 'counterpart')).toEqual([{ text: 'خليل زاد', row, lang: 'ar' }]);

  // The machine garbled Zalmay; its counterpart is found beside Khalilzad's.
  await hover(page, 'Zawassi', 'en');
  await expect.poll(() => highlighted(page, 'counterpart')).toEqual([{ text: 'زلماي', row, lang: 'ar' }]);

  // From the Arabic side, and for a figure.
  await hover(page, 'غليزمان', 'ar');
  await expect.poll(async () => (await highlighted(page, 'counterpart')).map((h) => h.text)).toEqual(['Glizmann']);
  const { row: figureRow } = await hover(page, '2,500', 'en');
  await expect.poll(() => highlighted(page, 'counterpart')).toEqual([{ text: '2,500', row: figureRow, lang: 'ar' }]);

  // A common word has none.
  await hover(page, 'traveled', 'en');
  await expect.poll(() => highlighted(page, 'counterpart')).toEqual([]);
  // Drawn without markup or style attributes: nothing the Content Security Policy refuses.
  expect(violations).toEqual([]);
});

test('from the keyboard, w steps through the names and numbers of the focused paragraph and says their counterparts', async ({ page }) => {
  await openLibrary(page);
  await openSeedReader(page);
  const para = page.locator('.para[lang="en"]', { hasText: 'Zawassi' });
  await para.focus();
  const live = page.locator('.rows [aria-live]');
  const seen: string[] = [];
  for (let i = 0; i < 8 && !seen.includes('Zawassi'); i++) {
    await page.keyboard.press('w');
    await expect.poll(async () => (await highlighted(page, 'counterpart-word')).length).toBe(1);
    seen.push((await highlighted(page, 'counterpart-word'))[0]!.text);
  }
  // In reading order: Glizmann comes before Zawassi in the paragraph.
  expect(seen.indexOf('Glizmann')).toBeGreaterThanOrEqual(0);
  expect(seen.indexOf('Glizmann')).toBeLessThan(seen.indexOf('Zawassi'));
  await expect(live).toHaveText('Zawassi: زلماي in the other columns');
  await expect(para).toBeFocused();
  // Shift+W goes back.
  await page.keyboard.press('Shift+W');
  await expect.poll(async () => (await highlighted(page, 'counterpart-word'))[0]?.text).toBe(seen[seen.length - 2]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('tapping a name highlights its counterpart', async ({ page }) => {
    await openLibrary(page);
    await openSeedReader(page);
    const { x, y, row } = await place(page, 'Khalilzad', 'en');
    await page.touchscreen.tap(x, y);
    await expect.poll(() => highlighted(page, 'counterpart')).toEqual([{ text: 'خليل زاد', row, lang: 'ar' }]);
  });
});
