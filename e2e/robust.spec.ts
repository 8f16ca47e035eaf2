import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { newStoryImport } from './helpers';

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
