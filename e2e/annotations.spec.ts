import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { annotateWord, openLibrary, openSeedReader, failWritesWhenDiskFull, setDiskFull } from './helpers';

async function annotateGarbledName(page: Page) {
  await annotateWord(page, 'غليزمان', { lang: 'ar', category: 'garbled-name', note: 'The English spells him four ways.', suggestion: 'Glizmann → Glezmann' });
}

test('annotate a name in the Arabic column; it survives a reload and shows in a second tab', async ({ page, context }) => {
  await openLibrary(page);
  await openSeedReader(page);
  await annotateGarbledName(page);

  const mark = page.locator('.para[lang="ar"] mark[data-annotation]');
  await expect(mark).toHaveText('غليزمان');
  const panel = page.locator('.annotation-panel');
  await expect(panel.locator('li')).toHaveCount(1);
  await expect(panel.locator('li')).toContainText('Garbled name');
  await expect(panel.locator('li')).toContainText('Glizmann → Glezmann');

  // A second tab on the same story sees it, live.
  const second = await context.newPage();
  await second.goto(page.url());
  await expect(second.locator('.annotation-panel li')).toContainText('The English spells him four ways.');
  await second.locator('.annotation-panel li').getByRole('button', { name: 'Resolve' }).click();
  await expect(panel.locator('li')).toContainText('Resolved');

  await page.reload();
  await expect(page.locator('.para[lang="ar"] mark[data-annotation]')).toHaveText('غليزمان');
  await expect(page.locator('.annotation-panel li')).toContainText('The English spells him four ways.');

  // Keyboard: next annotation focuses its paragraph; delete and undo.
  await page.locator('.para').first().focus();
  await page.keyboard.press('n');
  await expect(page.locator('.para:focus mark[data-annotation]')).toHaveCount(1);
  await page.locator('.annotation-panel li').getByRole('button', { name: 'Delete' }).click();
  await expect(page.locator('.annotation-panel li')).toHaveCount(0);
  await page.locator('.undo-bar').getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.annotation-panel li')).toHaveCount(1);
});

test('exported annotations re-import into a fresh profile with nothing lost', async ({ page, browser }) => {
  await openLibrary(page);
  await openSeedReader(page);
  await annotateGarbledName(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export annotations (JSON-LD)' }).click();
  const file = await (await download).path();
  const json = JSON.parse(readFileSync(file, 'utf8'));
  expect(json['@context']).toBe('http://www.w3.org/ns/anno.jsonld');

  // A fresh profile (its own IndexedDB) gets the same demo story; the import restores all.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openLibrary(other);
  await openSeedReader(other);
  await expect(other.locator('.annotation-panel li')).toHaveCount(0);
  await other.locator('.annotation-panel input[type=file]').setInputFiles(file);
  await expect(other.locator('.annotation-panel [role=status]')).toContainText('1 anchored in the text');
  const item = other.locator('.annotation-panel li');
  await expect(item).toContainText('Garbled name');
  await expect(item).toContainText('Glizmann → Glezmann');
  await expect(item).toContainText('The English spells him four ways.');
  await expect(other.locator('.para[lang="ar"] mark[data-annotation]')).toHaveText('غليزمان');
  await fresh.close();
});

test('a bad annotation file gets a clear message and changes nothing', async ({ page }) => {
  await openLibrary(page);
  await openSeedReader(page);
  await page.locator('.annotation-panel input[type=file]').setInputFiles({ name: 'broken.jsonld', mimeType: 'application/json', buffer: Buffer.from('{"type": "AnnotationCollection", ') });
  await expect(page.locator('.annotation-panel [role=alert]')).toBeVisible();
  await expect(page.locator('.annotation-panel li')).toHaveCount(0);
});

test('two tabs editing one annotation: the second save is told, and chooses', async ({ page, context }) => {
  await openLibrary(page);
  await openSeedReader(page);
  await annotateGarbledName(page);
  const second = await context.newPage();
  await second.goto(page.url());
  await expect(second.locator('.annotation-panel li')).toHaveCount(1);

  // Both tabs open the editor on the same annotation.
  await page.locator('.annotation-panel li').getByRole('button', { name: 'Edit' }).click();
  await second.locator('.annotation-panel li').getByRole('button', { name: 'Edit' }).click();
  await second.locator('form.annotation-editor').getByLabel('Note').fill('Second tab: it is Glezmann.');
  await second.locator('form.annotation-editor').getByRole('button', { name: 'Save' }).click();
  await expect(second.locator('form.annotation-editor')).toHaveCount(0);

  const editor = page.locator('form.annotation-editor');
  await editor.getByLabel('Note').fill('First tab: check the Arabic.');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor.getByRole('alert')).toContainText('changed in another tab');
  await expect(editor).toContainText('Second tab: it is Glezmann.');
  await expect(editor.getByLabel('Note')).toHaveValue('First tab: check the Arabic.'); // nothing typed is lost
  await editor.getByRole('button', { name: 'Keep my version' }).click();
  await expect(editor).toHaveCount(0);
  await expect(second.locator('.annotation-panel li')).toContainText('First tab: check the Arabic.');
});

/** The demo reader with one annotation, its writes failing while setDiskFull(page, true); returns the panel. */
async function annotatedWithDiskStandIn(page: Page) {
  await failWritesWhenDiskFull(page, 'annotations');
  await openLibrary(page);
  await openSeedReader(page);
  await annotateGarbledName(page);
  return page.locator('.annotation-panel');
}

test('full storage while resolving or deleting an annotation: the panel says so and the annotation stays as it was', async ({ page }) => {
  const panel = await annotatedWithDiskStandIn(page);
  await expect(panel.locator('li')).toHaveCount(1);

  await setDiskFull(page, true);
  await panel.locator('li').getByRole('button', { name: 'Resolve' }).click();
  await expect(panel.getByRole('alert')).toContainText(/storage is full/i);
  await expect(panel.locator('li')).not.toContainText('Resolved');
  await panel.locator('li').getByRole('button', { name: 'Delete' }).click();
  await expect(panel.getByRole('alert')).toContainText(/storage is full/i);
  await expect(panel.locator('li')).toHaveCount(1);

  // Once there is room again, the same button works and the alert goes.
  await setDiskFull(page, false);
  await panel.locator('li').getByRole('button', { name: 'Resolve' }).click();
  await expect(panel.locator('li')).toContainText('Resolved');
  await expect(panel.getByRole('alert')).toHaveCount(0);
});

test('full storage while reopening with the r key: the panel says so, and the key works once there is room', async ({ page }) => {
  const panel = await annotatedWithDiskStandIn(page);
  await panel.locator('li').getByRole('button', { name: 'Resolve' }).click();
  await expect(page.locator('mark.resolved')).toHaveCount(1);

  await setDiskFull(page, true);
  await page.locator('.para[lang="en"]').first().focus();
  await page.keyboard.press('n');
  await expect(page.locator('mark.current')).toHaveCount(1);
  await page.keyboard.press('r');
  await expect(panel.getByRole('alert')).toContainText(/storage is full/i);
  await expect(page.locator('mark.resolved')).toHaveCount(1);

  await setDiskFull(page, false);
  await page.keyboard.press('r');
  await expect(page.locator('mark.resolved')).toHaveCount(0);
  await expect(panel.locator('li').getByRole('button', { name: 'Resolve' })).toBeVisible();
  await expect(panel.getByRole('alert')).toHaveCount(0);
});

test('undoing a deletion on a full disk says so, and the same Undo works once there is room', async ({ page }) => {
  const panel = await annotatedWithDiskStandIn(page);
  await panel.locator('li').getByRole('button', { name: 'Delete' }).click();
  await expect(panel.locator('li')).toHaveCount(0);

  await setDiskFull(page, true);
  const undoBar = page.locator('.undo-bar');
  await undoBar.getByRole('button', { name: 'Undo' }).click();
  await expect(undoBar.getByRole('alert')).toContainText(/storage is full/i);
  await expect(panel.locator('li')).toHaveCount(0);

  await setDiskFull(page, false);
  await undoBar.getByRole('button', { name: 'Undo' }).click();
  await expect(panel.locator('li')).toHaveCount(1);
  await expect(undoBar.getByRole('alert')).toHaveCount(0);
});
