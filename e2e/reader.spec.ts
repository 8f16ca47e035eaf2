import { expect, test, type Page } from '@playwright/test';
import { openLibrary, openSeedReader, waitForAlignment } from './helpers';

// The machine translation's opening paragraph and the Arabic source's: a wrong pairing puts
// other paragraphs beside each other.
const EN_OPENING = 'In the two months that Donald Trump';
const AR_OPENING = 'في الشهرين اللذين أعقبا تولي دونالد ترامب';
const EN_MT = 'The Taliban seek official relations with the Trump administration';
const AFGAZAD = "Washington's New Approach to Afghanistan";
const SPUN = 'Related English report (spun copy)';

const rowOfEnglishOpening = (page: Page) => page.locator('.row', { has: page.locator('.para', { hasText: EN_OPENING }) });

/** Every row's paragraphs in the first two columns, as text. */
const firstTwoColumns = (page: Page) =>
  page.locator('.rows .row').evaluateAll((rows) =>
    rows.map((r) => [...r.querySelectorAll('.cell')].slice(0, 2).map((c) => [...c.querySelectorAll('.para p')].map((p) => p.textContent).join('\n'))),
  );

test('from the reader, a third column and a switched column are aligned, and the status names the columns', async ({ page }) => {
  test.setTimeout(180_000);
  await openLibrary(page);
  await openSeedReader(page);
  const status = page.locator('.align-status');
  await expect(status).toContainText(EN_MT);
  await expect(rowOfEnglishOpening(page).locator('.para[lang="ar"]')).toContainText(AR_OPENING);

  // The afgazad report says it is a related report: it comes in beside the rows.
  await page.getByRole('button', { name: 'Add a third column' }).click();
  await expect(page.getByLabel('How column 3 is read')).toHaveValue('related');
  // Read as a translation instead, it is aligned with the others.
  await page.getByLabel('How column 3 is read').selectOption('translation');
  await expect(status).toContainText(AFGAZAD, { timeout: 60_000 });
  await waitForAlignment(page);
  await expect(status).toContainText(EN_MT);
  // A row of three columns holds whole beads of each pair: the third report, not a
  // translation, may span two of the others' rows, so the opening's row may hold more.
  await expect(rowOfEnglishOpening(page).locator('.para[lang="ar"]', { hasText: AR_OPENING })).toHaveCount(1);
  await expect(rowOfEnglishOpening(page).locator('.cell')).toHaveCount(3);

  // Column 2 switched to another report: its rows, never the machine translation's.
  await page.getByRole('combobox', { name: 'Column 2', exact: true }).selectOption({ label: SPUN });
  await expect(status).toContainText(SPUN, { timeout: 60_000 });
  await expect(status).not.toContainText(EN_MT);
  await expect(page.locator('.para', { hasText: EN_OPENING })).toHaveCount(0);
  // And back: the machine translation's rows again, paired as before.
  await page.getByRole('combobox', { name: 'Column 2', exact: true }).selectOption({ label: `${EN_MT} (English machine translation)` });
  await expect(status).toContainText(EN_MT, { timeout: 60_000 });
  await expect(rowOfEnglishOpening(page).locator('.para[lang="ar"]', { hasText: AR_OPENING })).toHaveCount(1);
});

test('with the afgazad report related, the source and translation rows are the two-column rows, and it sits beside them', async ({ page }) => {
  test.setTimeout(120_000);
  await openLibrary(page);
  await openSeedReader(page);
  const two = await firstTwoColumns(page);
  await page.getByRole('button', { name: 'Add a third column' }).click();
  await expect(page.locator('.align-status')).toContainText(/links by shared facts/, { timeout: 60_000 });
  expect(await firstTwoColumns(page)).toEqual(two);
  const beside = page.locator('.row .cell:nth-child(3) .para').first();
  await expect(beside).toBeVisible();
  await expect(page.locator('.row .cell:nth-child(3) .evidence').first()).toContainText('Shares:');
});

test('every shortcut in the dialog works on the focused row whatever the pointer is over', async ({ page }) => {
  test.setTimeout(240_000);
  await openLibrary(page);
  await openSeedReader(page);
  await page.getByRole('button', { name: 'Edit alignment' }).click();
  await expect(page.locator('.row-tools')).toBeVisible();

  // The dialog lists exactly the keys tested below (f and Shift+F, the flags', in checks.spec.ts).
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  const listed = (await dialog.locator('kbd').allTextContents()).flatMap((k) => k.split(' / '));
  expect(listed.sort()).toEqual(
    ['↑', 'k', '↓', 'j', '←', '→', 'c', 'm', 's', 'l', 'Alt+↑', 'Alt+↓', 'x', 'Ctrl+Z', 'Ctrl+Shift+Z', 'Ctrl+Y', 'g', 'u', 'a', 'n', 'p', 'e', 'r', 'w', 'Shift+W', 'f', 'Shift+F', '?', 'Esc'].sort(),
  );
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  const rows = page.locator('.rows .row');
  const count = await rows.count();
  const focusOpening = async () => {
    await page.locator('.para', { hasText: EN_OPENING }).focus();
    // The pointer rests on another row: it must not become the current one.
    const other = page.locator('.para[lang="en"]').nth(12);
    await other.hover();
    await expect(page.locator('.row.hover')).toHaveCount(1);
  };
  const row = () => page.locator('.para', { hasText: EN_OPENING }).getAttribute('data-row').then(Number);
  const focusedRow = () => page.evaluate(() => Number(document.activeElement?.getAttribute('data-row')));
  await focusOpening();
  const r = await row();
  await expect(page.locator('.row-state')).toContainText(`Row ${r + 1}`);

  // c: confirm (and again: unconfirm) the focused row, not the hovered one.
  await page.keyboard.press('c');
  await expect(rowOfEnglishOpening(page)).toHaveClass(/confirmed/);
  await expect(page.locator('.row.confirmed')).toHaveCount(1);
  await page.keyboard.press('c');
  await expect(page.locator('.row.confirmed')).toHaveCount(0);

  // m: merge with the next row; Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y: undo, redo, redo.
  await page.keyboard.press('m');
  await expect(rows).toHaveCount(count - 1);
  await expect(rowOfEnglishOpening(page).locator('.para')).not.toHaveCount(2);
  await page.keyboard.press('Control+z');
  await expect(rows).toHaveCount(count);
  await page.keyboard.press('Control+Shift+z');
  await expect(rows).toHaveCount(count - 1);
  // s: split the merged row into single paragraphs.
  await focusOpening();
  await page.keyboard.press('s');
  await expect.poll(() => rows.count()).toBeGreaterThan(count - 1);
  await page.keyboard.press('Control+z');
  await expect(rows).toHaveCount(count - 1);
  await page.keyboard.press('Control+z');
  await expect(rows).toHaveCount(count);
  await page.keyboard.press('Control+y');
  await expect(rows).toHaveCount(count - 1);
  await page.keyboard.press('Control+z');
  await expect(rows).toHaveCount(count);

  // x: unlink the focused paragraph into a row of its own; l: link the row above with it again.
  await focusOpening();
  await page.keyboard.press('x');
  await expect(rows).toHaveCount(count + 1);
  await expect(rowOfEnglishOpening(page).locator('.para[lang="ar"]')).toHaveCount(0);
  // The upper of the two rows is linked with the one below it.
  const enRow = await row();
  const arRow = Number(await page.locator('.para', { hasText: AR_OPENING }).getAttribute('data-row'));
  await page.locator('.para', { hasText: enRow < arRow ? EN_OPENING : AR_OPENING }).focus();
  await page.locator('.para[lang="en"]').nth(12).hover();
  await page.keyboard.press('l');
  await expect(rows).toHaveCount(count);
  await expect(rowOfEnglishOpening(page).locator('.para[lang="ar"]')).toContainText(AR_OPENING);

  // Alt+↓ / Alt+↑: move the focused paragraph to the row below, and back.
  await focusOpening();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(rowOfEnglishOpening(page).locator('.para[lang="ar"]')).not.toContainText(AR_OPENING);
  await focusOpening();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(rowOfEnglishOpening(page).locator('.para[lang="ar"]')).toContainText(AR_OPENING);
  expect(await rows.count()).toBe(count);

  // u: the next unconfirmed row gets the focus; g: the next low-confidence one (if any).
  await focusOpening();
  await page.keyboard.press('u');
  await expect.poll(focusedRow).toBe(r + 1);
  await focusOpening();
  const low = await page.locator('.row.low-confidence').count();
  await page.keyboard.press('g');
  if (low) await expect(page.locator('.row.low-confidence .para:focus')).toHaveCount(1);
  else expect(await focusedRow()).toBe(r);

  // ↓ j ↑ k → ←: move along and across columns from the focused paragraph.
  await focusOpening();
  const at = () => page.evaluate(() => [Number(document.activeElement?.getAttribute('data-row')), Number(document.activeElement?.getAttribute('data-col'))]);
  const [r0, c0] = await at();
  await page.keyboard.press('ArrowDown');
  expect((await at())[0]).toBeGreaterThan(r0!);
  await page.keyboard.press('k');
  expect(await at()).toEqual([r0, c0]);
  await page.keyboard.press('j');
  expect((await at())[0]).toBeGreaterThan(r0!);
  await page.keyboard.press('ArrowUp');
  expect(await at()).toEqual([r0, c0]);
  await page.keyboard.press('ArrowLeft');
  expect((await at())[1]).not.toBe(c0);
  await page.keyboard.press('ArrowRight');
  expect((await at())[1]).toBe(c0);

  // w / Shift+W: a name or number of the focused paragraph (not the hovered one) and its counterpart are highlighted.
  await focusOpening();
  const pointed = () =>
    page.evaluate(() =>
      ['counterpart-word', 'counterpart'].map((n) => {
        const range = [...(CSS.highlights.get(n) ?? [])][0] as Range | undefined;
        return range && { text: range.toString(), row: Number(range.startContainer.parentElement!.closest<HTMLElement>('.para')!.dataset.row) };
      }),
    );
  await page.keyboard.press('w');
  await expect.poll(async () => (await pointed()).map((w) => w?.row)).toEqual([r, r]);
  const [first] = await pointed();
  await page.keyboard.press('w');
  await page.keyboard.press('Shift+W');
  await expect.poll(async () => (await pointed())[0]?.text).toBe(first!.text);

  // a: annotate the selected text; n / p: next / previous annotation; e: edit it; r: resolve it.
  const para = page.locator('.para', { hasText: EN_OPENING }).locator('p');
  await para.evaluate((p) => {
    const range = document.createRange();
    const text = p.firstChild!;
    range.setStart(text, 0);
    range.setEnd(text, 12);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  await page.locator('.para[lang="en"]').nth(12).hover();
  await page.keyboard.press('a');
  const editor = page.locator('.annotation-editor');
  await expect(editor).toBeVisible();
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('mark[data-annotation]')).toHaveCount(1);
  await page.locator('.para[lang="en"]').nth(12).focus();
  await page.keyboard.press('n');
  await expect(page.locator('mark.current')).toHaveCount(1);
  await page.keyboard.press('p');
  await expect(page.locator('mark.current')).toHaveCount(1);
  await page.keyboard.press('e');
  await expect(editor).toBeVisible();
  await expect(editor).toContainText('Edit annotation');
  await editor.getByRole('button', { name: 'Cancel' }).click();
  await page.locator('.para[lang="en"]').nth(12).focus();
  await page.keyboard.press('r');
  await expect(page.locator('mark.resolved')).toHaveCount(1);
});

test('an edit in a second tab leaves this tab where it was, focus included', async ({ page, context }) => {
  test.setTimeout(180_000);
  await openLibrary(page);
  await openSeedReader(page);
  const url = page.url();
  const other = await context.newPage();
  expect(url).not.toContain('mode=');
  await other.goto(`${url}&mode=edit`);
  await waitForAlignment(other);
  const count = await other.locator('.rows .row').count();

  // This tab: well down the story, a paragraph below the one the other tab edits focused.
  const target = page.locator('.para[lang="en"]').nth(30);
  await target.scrollIntoViewIfNeeded();
  await target.focus();
  await page.mouse.move(5, 5);
  const before = await page.evaluate(() => ({ y: scrollY, para: document.activeElement?.getAttribute('data-para'), top: document.activeElement!.getBoundingClientRect().top }));
  expect(before.y).toBeGreaterThan(500);

  // The other tab merges the opening paragraph's row with the next.
  await other.locator('.para', { hasText: EN_OPENING }).focus();
  await other.keyboard.press('m');
  await expect(other.locator('.rows .row')).toHaveCount(count - 1);

  await expect(page.locator('.rows .row')).toHaveCount(count - 1);
  const after = await page.evaluate(() => ({ y: scrollY, para: document.activeElement?.getAttribute('data-para'), top: document.activeElement!.getBoundingClientRect().top }));
  // The same paragraph keeps the focus, at the same place on screen (rows above it changed,
  // so the page's offset may follow them; what the reader sees does not move).
  expect(after.para).toBe(before.para);
  expect(after.y).toBeGreaterThan(500);
  expect(Math.abs(after.top - before.top)).toBeLessThan(2);
  await expect(page.locator('.para:focus')).toHaveCount(1);
});
