import { expect, test } from '@playwright/test';
import { openLibrary, openSeedReader, seedStory, waitForAlignment, arabicFontLoaded, failWritesWhenDiskFull, setDiskFull } from './helpers';

test('a fresh profile sees the demo story and reads English and Arabic side by side', async ({ page }, info) => {
  await openLibrary(page);
  const story = seedStory(page);
  await expect(story).toBeVisible();
  await expect(story.locator('li.document')).toHaveCount(5);

  // Choose the English machine translation and its Arabic source.
  await story.locator('li.document input[type=checkbox]').evaluateAll((boxes) => boxes.forEach((b) => ((b as HTMLInputElement).checked = false)));
  const pick = async (title: string) => story.locator('li.document', { hasText: title }).getByRole('checkbox').check();
  await story.locator('li.document', { hasText: 'طالبان تسعى' }).getByRole('checkbox').check();
  await pick('English machine translation');
  await story.getByRole('link', { name: 'Read side by side' }).click();

  await expect(page).toHaveURL(/\/story\/[^/]+\/read\?docs=/);
  await waitForAlignment(page);
  const arabic = page.locator('.cell[lang="ar"]').first();
  await expect(arabic).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('.para[lang="ar"][dir="rtl"]').filter({ hasText: 'دونالد ترامب' }).first()).toBeVisible();
  await expect(page.locator('.para[lang="en"][dir="ltr"]').filter({ hasText: 'Donald Trump' }).first()).toBeVisible();

  // The aligner put the article's first English paragraph beside its Arabic source, and left
  // the Arabic site furniture above it without a counterpart.
  const firstRow = page.locator('.row', { has: page.locator('.para[lang="en"]', { hasText: 'In the two months that Donald Trump' }) });
  await expect(firstRow.locator('.para[lang="ar"]')).toContainText('في الشهرين اللذين أعقبا تولي دونالد ترامب');
  const logoRow = page.locator('.row', { has: page.locator('.para[lang="ar"]', { hasText: 'خَبَرَيْن logo' }) });
  await expect(logoRow.locator('.para[lang="en"]')).toHaveCount(0);

  // The Arabic text is set in the self-hosted Naskh face, loaded from this origin.
  const family = await page.locator('.para[lang="ar"] p').first().evaluate((el) => getComputedStyle(el).fontFamily);
  expect(family).toContain('Noto Naskh Arabic');
  expect(await arabicFontLoaded(page)).toBe(true);

  // Site furniture is visibly marked in the Arabic column.
  await expect(page.locator('.para[lang="ar"].kind-boilerplate').filter({ hasText: 'شاهد ايضاً' }).first()).toBeVisible();

  // Focusing a paragraph highlights its counterpart in the same row.
  const firstEnglish = page.locator('.para[lang="en"]').first();
  await firstEnglish.focus();
  const row = page.locator('.row.active');
  await expect(row).toHaveCount(1);
  await expect(row.locator('.para[lang="ar"].active')).toHaveCount(1);

  await page.screenshot({ path: info.outputPath('reader.png'), fullPage: false });
  await info.attach('reader', { path: info.outputPath('reader.png'), contentType: 'image/png' });
});

test('a pasted document survives a reload, and pasted markup is shown as text', async ({ page }) => {
  await openLibrary(page);
  await page.getByLabel('Story title').fill('Paste test');
  await page.getByRole('button', { name: 'Create story' }).click();
  const story = page.locator('li.story', { hasText: 'Paste test' });
  await story.getByText('Add a document to this story').click();
  const payload = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned=2">\nقال المسؤول إن المحادثات مستمرة.';
  await story.getByLabel('Paste text').fill(payload);
  await story.getByRole('button', { name: 'Add document' }).click();
  await expect(story.locator('details.import').getByRole('status')).toContainText('Added');
  await expect(story.locator('li.document')).toHaveCount(1);

  await page.reload();
  const again = page.locator('li.story', { hasText: 'Paste test' });
  await expect(again.locator('li.document')).toHaveCount(1);
  await expect(again.locator('.doc-title')).toHaveText('<script>window.__pwned = 1</script><img src=x onerror="window.__pwned=2">');

  // Read it beside an English document: the markup is characters on screen, never elements.
  await again.getByText('Add a document to this story').click();
  await again.getByLabel('Paste text').fill('The official said the talks continue.');
  await again.getByRole('button', { name: 'Add document' }).click();
  await expect(again.locator('li.document')).toHaveCount(2);
  await again.getByRole('link', { name: 'Read side by side' }).click();
  await expect(page.locator('.para').filter({ hasText: '<script>window.__pwned = 1</script>' })).toBeVisible();
  expect(await page.locator('.rows script, .rows img').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('deleting a story or a document on a full disk says so on the card and deletes nothing', async ({ page }) => {
  await failWritesWhenDiskFull(page, 'stories');
  await failWritesWhenDiskFull(page, 'documents');
  await openLibrary(page);
  const story = seedStory(page);
  await setDiskFull(page, true);
  await story.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(story.getByRole('alert')).toContainText(/storage is full/i);
  await story.locator('li.document').first().getByRole('button', { name: 'Delete document' }).click();
  await expect(story.getByRole('alert')).toContainText(/storage is full/i);
  await expect(story.locator('li.document')).toHaveCount(5);
  await expect(page.locator('.undo-bar').getByRole('button', { name: 'Undo' })).toHaveCount(0);

  await setDiskFull(page, false);
  // Not the document the demo story is found by.
  await story.locator('li.document').filter({ hasNotText: 'طالبان تسعى' }).first().getByRole('button', { name: 'Delete document' }).click();
  await expect(story.locator('li.document')).toHaveCount(4);
  await expect(story.getByRole('alert')).toHaveCount(0);
  await page.locator('.undo-bar').getByRole('button', { name: 'Undo' }).click();
  await expect(story.locator('li.document')).toHaveCount(5);
});

test('deleting a story can be undone, and the demo story can be brought back', async ({ page }) => {
  await openLibrary(page);
  const story = seedStory(page);
  await story.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(seedStory(page)).toHaveCount(0);
  await page.locator('.undo-bar').getByRole('button', { name: 'Undo' }).click();
  await expect(seedStory(page)).toBeVisible();

  await seedStory(page).getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(seedStory(page)).toHaveCount(0);
  await page.reload();
  await expect(seedStory(page)).toHaveCount(0); // deleted stays deleted after a restart
  await page.getByRole('button', { name: 'Bring back the demo story' }).click();
  await expect(seedStory(page).locator('li.document')).toHaveCount(5);
});

test('a binary or empty file gets a clear message and adds nothing', async ({ page }) => {
  await openLibrary(page);
  const story = seedStory(page);
  await story.getByText('Add a document to this story').click();
  const input = story.locator('details.import input[type=file]');
  await input.setInputFiles({ name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2]) });
  await expect(story.locator('details.import').getByRole('alert')).toContainText('not text');
  await input.setInputFiles({ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
  await expect(story.locator('details.import').getByRole('alert')).toContainText('empty');
  await input.setInputFiles({ name: 'page.html', mimeType: 'text/html', buffer: Buffer.from('<html><body><nav>Menu</nav><p>First paragraph of the report.</p><script>window.__x=1</script><p>Second one.</p></body></html>') });
  await expect(story.locator('details.import').getByRole('status')).toContainText('2 paragraphs');
  await expect(story.locator('li.document')).toHaveCount(6);
});

test('marking a paragraph as site furniture on a full disk: the reader says so and the paragraph stays as it was', async ({ page }) => {
  await failWritesWhenDiskFull(page, 'paragraphs');
  await openLibrary(page);
  await openSeedReader(page);
  const para = page.locator('.para[lang="en"]', { hasText: 'In the two months that Donald Trump' }).first();
  // The checks' flags redraw the rows when they arrive: click once they are in, not while they land.
  await expect(page.locator('.rows .flagged').first()).toBeVisible({ timeout: 30_000 });
  await setDiskFull(page, true);
  await para.hover();
  await para.locator('.kind-toggle').click();
  await expect(page.locator('.reader > [role=alert]')).toContainText(/storage is full/i);
  await expect(para).toHaveClass(/kind-body/);

  await setDiskFull(page, false);
  await para.hover();
  await para.locator('.kind-toggle').click();
  await expect(para).toHaveClass(/kind-boilerplate/);
  await expect(page.locator('.reader > [role=alert]')).toHaveCount(0);
});

test('marking a paragraph as site furniture shows at once, in a second tab, and back', async ({ page, context }) => {
  await openLibrary(page);
  await openSeedReader(page);
  const para = (p: typeof page) => p.locator('.para[lang="en"]', { hasText: 'In the two months that Donald Trump' }).first();
  // The checks' flags redraw the rows when they arrive: click once they are in, not while they land.
  await expect(page.locator('.rows .flagged').first()).toBeVisible({ timeout: 30_000 });
  await para(page).hover(); // the row under the pointer carries the kind button
  await para(page).locator('.kind-toggle').click();
  await expect(para(page)).toHaveClass(/kind-boilerplate/);

  // Another tab on the same story reads the stored paragraph, and its change comes back live.
  const second = await context.newPage();
  await second.goto(page.url());
  await expect(para(second)).toHaveClass(/kind-boilerplate/);
  await para(second).hover();
  await para(second).locator('.kind-toggle').click();
  await expect(para(second)).toHaveClass(/kind-body/);
  await expect(para(page)).toHaveClass(/kind-body/);
  await page.reload();
  await expect(para(page)).toHaveClass(/kind-body/);
});
