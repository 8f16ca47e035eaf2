import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { newStoryImport, openLibrary, openSeedReader, seedStory } from './helpers';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../tests/fixtures/encodings', name));

test('a UTF-8 file with one Windows-1256 paragraph keeps the others and names that one', async ({ page }) => {
  const form = await newStoryImport(page, 'Mixed encodings');
  await form.locator('input[type=file]').setInputFiles({ name: 'mixed.txt', mimeType: 'text/plain', buffer: fixture('mixed-utf8-1256.txt') });
  const status = form.getByRole('status');
  await expect(status).toContainText('Added');
  await expect(status).toContainText(/Paragraph \d+ was not valid UTF-8 and was read as Windows-1256/);
  await expect(status).toContainText('9 paragraphs');
  // Side by side with an English text, the reader shows the paragraph in Arabic and nothing garbled.
  await form.getByLabel('Paste text').fill('The Taliban seek official relations.\n\nA second paragraph.');
  await form.getByRole('button', { name: 'Add document' }).click();
  await expect(status).toContainText('2 paragraphs');
  const story = page.locator('li.story', { hasText: 'Mixed encodings' });
  for (const box of await story.locator('li.document input[type=checkbox]').all()) await box.check();
  await story.getByRole('link', { name: 'Read side by side' }).click();
  await expect(page.locator('.para[lang="ar"]', { hasText: 'وقال مسؤول في الحركة إن طالبان' })).toHaveCount(1);
  await expect(page.locator('.para[lang="ar"]', { hasText: 'تسعى طالبان لإعادة بناء' })).toHaveCount(1);
  await expect(page.locator('.para', { hasText: /ظ‚|ط§ظ„|ط¥/ })).toHaveCount(0);
});

test('a book-sized file (imported in the worker) names its re-read paragraph too', async ({ page }) => {
  const mixed = fixture('mixed-utf8-1256.txt');
  // 2,500 paragraphs (260 KB) of UTF-8 before the same file, so the worker path (over 200,000 bytes) is taken.
  const filler = Buffer.from(Array.from({ length: 2500 }, (_, i) => `الفقرة رقم ${i + 1} من نص طويل باللغة العربية لتجربة الاستيراد.`).join('\n') + '\n');
  const form = await newStoryImport(page, 'Mixed book');
  await form.locator('input[type=file]').setInputFiles({ name: 'book.txt', mimeType: 'text/plain', buffer: Buffer.concat([filler, mixed]) });
  await expect(form.getByRole('status')).toContainText(/Paragraph 2,504 was not valid UTF-8 and was read as Windows-1256/, { timeout: 30_000 });
});

test('HTML nested 10,000 deep imports as text, with no "Maximum call stack size exceeded"', async ({ page }) => {
  const form = await newStoryImport(page, 'Deep page');
  const deep = `<html><body><p>First paragraph.</p>${'<div><span>'.repeat(5000)}Deep text.${'</span></div>'.repeat(5000)}<p>Last paragraph.</p></body></html>`;
  await form.locator('input[type=file]').setInputFiles({ name: 'deep.html', mimeType: 'text/html', buffer: Buffer.from(deep) });
  await expect(form.getByRole('status')).toContainText('3 paragraphs');
  await expect(form.getByRole('alert')).toHaveCount(0);
});

test('a binary file given to the TMX or the annotation import is told what that import expects', async ({ page }) => {
  await openLibrary(page);
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 1, 2, 3]);
  const story = seedStory(page);
  await story.locator('.tmx-import input[type=file]').setInputFiles({ name: 'photo.tmx', mimeType: 'application/xml', buffer: png });
  const alert = story.getByRole('alert');
  await expect(alert).toContainText('not a TMX file');
  await expect(alert).not.toContainText('.txt');

  await openSeedReader(page);
  await page.locator('.annotation-panel input[type=file]').setInputFiles({ name: 'photo.json', mimeType: 'application/json', buffer: png });
  await expect(page.locator('.annotation-panel [role=alert]')).toContainText('Choose an annotation export');
  await expect(page.locator('.annotation-panel [role=alert]')).not.toContainText('.txt');
});

test('an imported annotation whose id holds a quote can be jumped to, with no uncaught error', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openLibrary(page);
  await openSeedReader(page);
  // A real export of one annotation, its id changed to hold a double quote.
  await page.evaluate(() => {
    const p = [...document.querySelectorAll('.para[lang="ar"] p')].find((el) => el.textContent!.includes('غليزمان'))!;
    p.scrollIntoView({ block: 'center' });
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.textContent!.indexOf('غليزمان');
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + 'غليزمان'.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return;
    }
  });
  await page.getByRole('button', { name: 'Annotate selection' }).click();
  const editor = page.locator('form.annotation-editor');
  await editor.getByLabel('Note').fill('Original note.');
  await editor.getByRole('button', { name: 'Save' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export annotations (JSON-LD)' }).click();
  const json = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  const item = json.first.items[0];
  item.id = item.id.replace(/[^:]+$/, encodeURIComponent('odd"id\\]'));
  item.body = item.body.map((b: { purpose?: string; value?: string }) => (b.purpose === 'commenting' ? { ...b, value: 'Quoted id.' } : b));
  await page.locator('.annotation-panel input[type=file]').setInputFiles({ name: 'quoted.jsonld', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json)) });
  await expect(page.locator('.annotation-panel [role=status]')).toContainText('1 anchored in the text');
  const quoted = page.locator('.annotation-panel li', { hasText: 'Quoted id.' });
  await quoted.locator('button.quote').click();
  await expect(page.locator('.para:focus mark[data-annotation]')).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('a blocked database upgrade shows a clear message, then the app once the other connection closes', async ({ browser }) => {
  const context = await browser.newContext();
  const holder = await context.newPage();
  // A connection at an older version that ignores versionchange, opened before the app ever ran.
  await holder.goto('/manifest.webmanifest');
  await holder.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('tarjuman', 1);
        req.onupgradeneeded = () => req.result.createObjectStore('meta', { keyPath: 'key' });
        req.onsuccess = () => {
          (window as unknown as { held: IDBDatabase }).held = req.result;
          resolve();
        };
        req.onerror = () => reject(req.error);
      }),
  );
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('another tab or window holds it at an older version');
  await holder.evaluate(() => (window as unknown as { held: IDBDatabase }).held.close());
  await expect(page.locator('#library-heading')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.db-blocked')).toHaveCount(0);
  await context.close();
});

test('a 5 MB single line is split into paragraphs the reader can show', async ({ page }) => {
  const sentence = 'قال المسؤول إن المحادثات مستمرة مع الجانب الأمريكي. ';
  const line = sentence.repeat(Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(sentence)));
  const form = await newStoryImport(page, 'One long line');
  await form.locator('input[type=file]').setInputFiles({ name: 'line.txt', mimeType: 'text/plain', buffer: Buffer.from(line) });
  await expect(form.getByRole('status')).toContainText(/Added .* \d{3},?\d* paragraphs/, { timeout: 60_000 });
});
