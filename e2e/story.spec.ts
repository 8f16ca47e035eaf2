import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { annotateWord, newStoryImport, waitForAlignment } from './helpers';

const AR = [
  'طالبان تسعى لعلاقات رسمية مع إدارة ترامب',
  'بعد اجتماع الشهر الماضي بشأن إطلاق سراح ميكانيكي الطيران الأمريكي جورج غليزمان، قال كل من طالبان ومبعوث ترامب السابق إن الخطوة كانت بادرة حسن نية.',
  'تم الإفراج بوساطة قطر 🇶🇦 التي تستضيف مسؤولين من طالبان منذ سنوات. بعد غليزمان، أفرجت طالبان عن الأمريكي فاي هول.',
].join('\n\n');
const EN = [
  'Taliban seek formal ties with the Trump administration',
  'After last month’s meeting on the release of American aviation mechanic George Glezmann, both the Taliban and Trump’s former envoy said the step was a goodwill gesture.',
  'The release was brokered by Qatar 🇶🇦, which has hosted Taliban officials for years. After Glizmann, the Taliban freed American Faye Hall.',
].join('\n\n');

/** A story with the two texts pasted, as someone would who received them by e-mail. */
async function pasteStory(page: Page, title: string) {
  const form = await newStoryImport(page, title);
  for (const text of [AR, EN]) {
    await form.getByLabel('Paste text').fill(text);
    await form.getByRole('button', { name: 'Add document' }).click();
    await expect(form.getByRole('status')).toContainText('Added');
  }
  return page.locator('li.story', { hasText: title });
}

const annotate = (page: Page, lang: string, word: string, note: string) => annotateWord(page, word, { lang, category: 'garbled-name', note });

test('a story exported in one profile opens in a fresh profile where the same texts were pasted, every annotation anchored', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const story = await pasteStory(page, 'Reviewed');
  await story.getByRole('link', { name: 'Read side by side' }).click();
  await waitForAlignment(page);
  await annotate(page, 'ar', 'غليزمان', 'بعد العلم 🇶🇦 الاسم');
  await annotate(page, 'en', 'Glizmann', 'Spelled Glezmann above');
  await annotate(page, 'en', 'Faye Hall', '<b>not bold</b>');
  await expect(page.locator('.annotation-panel li')).toHaveCount(3);
  // The reviewer dismisses the checks' flag on the two spellings.
  const spelling = (p: Page) => p.locator('.flag-panel li.flag[data-check="name-variants"]');
  await expect(spelling(page)).toHaveCount(1, { timeout: 30_000 });
  await spelling(page).getByRole('button', { name: 'Dismiss' }).click();
  await expect(spelling(page)).toHaveCount(0);

  await page.goto('/');
  const download = page.waitForEvent('download');
  await page.locator('li.story', { hasText: 'Reviewed' }).getByRole('button', { name: 'Export story file' }).click();
  const file = await (await download).path();
  const json = JSON.parse(readFileSync(file, 'utf8'));
  expect(json).toMatchObject({ format: 'tarjuman-story', version: 1 });

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const mine = await pasteStory(other, 'Pasted here');
  const stories = await other.locator('li.story').count();
  await other.locator('.story-file-import input[type=file]').setInputFiles(file);
  const status = other.locator('.story-import-report');
  await expect(status).toContainText('0 new documents, 2 matched to texts already here');
  await expect(status).toContainText('3 added, 0 kept as orphans');
  await expect(other.locator('li.story')).toHaveCount(stories); // merged, not a second story

  await mine.getByRole('link', { name: 'Read side by side' }).click();
  await waitForAlignment(other);
  const items = other.locator('.annotation-panel li');
  await expect(items).toHaveCount(3);
  await expect(other.locator('.annotation-panel li.orphan')).toHaveCount(0);
  await expect(other.locator('.para[lang="ar"] mark[data-annotation]')).toHaveText('غليزمان');
  await expect(other.locator('.para[lang="en"] mark[data-annotation]')).toHaveText(['Glizmann', 'Faye Hall']);
  await expect(items.filter({ hasText: '<b>not bold</b>' })).toHaveCount(1); // markup stays text
  // The dismissal came too, although the texts have other ids here: the flag stays dismissed.
  await expect(other.locator('.flag-panel')).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await expect(spelling(other)).toHaveCount(0);
  await other.locator('.flag-panel').getByLabel('Show dismissed and annotated flags').check();
  await expect(spelling(other)).toContainText('Dismissed');
  await fresh.close();
});

test('a file that is not a story gets a clear message and adds nothing', async ({ page }) => {
  await page.goto('/');
  await page.locator('.story-file-import input[type=file]').setInputFiles({ name: 'page.json', mimeType: 'application/json', buffer: Buffer.from('<!doctype html><html><script>window.hacked=1</script></html>') });
  await expect(page.getByRole('alert')).toContainText('HTML or XML page, not a JSON file');
  expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
});

test('a story file is imported in a worker, and an image given to it is told a story file is expected', async ({ page }) => {
  await page.goto('/');
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(256)]);
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.locator('.story-file-import input[type=file]').setInputFiles({ name: 'story.json', mimeType: 'application/json', buffer: png });
  await expect(page.getByRole('alert')).toContainText('Choose a story file (.json) exported by Tarjuman.');
  expect(workers.some((u) => /story\.worker/.test(u))).toBe(true);
});

