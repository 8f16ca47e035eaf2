import { expect, test } from '@playwright/test';
import { openLibrary, openSeedReader, seedStory, annotateWord, waitForAlignment, waitForServiceWorker, watchCsp } from './helpers';

/** The strict Content Security Policy (vite.config.ts) holds on every screen (helpers.ts watchCsp). */
test('no screen breaks the Content Security Policy: library, reader with 2 and 3 columns, dialogs, annotation editor, offline', async ({ page, context }) => {
  test.setTimeout(180_000);
  const violations = watchCsp(page);
  await openLibrary(page);
  // The policy is really there, as a header and as a meta tag.
  expect((await page.request.get('/')).headers()['content-security-policy']).toContain("script-src 'self'");
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toContain("style-src 'self'");
  expect(meta).toContain("object-src 'none'");

  // Library: a new story, the import form, adding a document.
  await expect(seedStory(page).locator('li.document')).toHaveCount(5);
  await page.getByLabel('Story title').fill('Policy check');
  await page.getByRole('button', { name: 'Create story' }).click();
  const story = page.locator('li.story', { hasText: 'Policy check' });
  await story.locator('details.import summary').click();
  await story.getByLabel('Paste text').fill('A short note pasted to check the policy.');
  await story.getByRole('button', { name: 'Add document' }).click();
  await expect(story.locator('li.document')).toHaveCount(1);

  // Reader, two columns: alignment, checks, the shortcuts dialog.
  await openSeedReader(page);
  await page.locator('.para').first().focus();
  await page.keyboard.press('?');
  await expect(page.locator('dialog.shortcuts')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('dialog.shortcuts')).toBeHidden();

  // The annotation editor.
  await annotateWord(page, 'غليزمان', { lang: 'ar', note: 'Checked under the policy.' });

  // Three columns.
  await page.getByRole('button', { name: 'Add a third column' }).click();
  await expect(page.locator('.para[data-col="2"]').first()).toBeVisible();
  await waitForAlignment(page);

  // Offline, served by the service worker.
  await page.goto('/');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  await expect(seedStory(page)).toBeVisible();
  await openSeedReader(page);
  await context.setOffline(false);

  expect(violations).toEqual([]);

  // The watch itself works: an inline style attribute is refused and reported.
  await page.evaluate(() => {
    const probe = document.createElement('div');
    probe.innerHTML = '<span style="color: red">probe</span>';
    document.body.append(probe);
  });
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(violations.join('\n')).toMatch(/style-src/);
});

test('a wrong address, or reader code that cannot be fetched (say, after an upgrade), gets a clear page with a way back, within the policy', async ({ page }) => {
  const violations = watchCsp(page);
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: 'There is no page at this address.' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the library' }).click();
  await expect(page.locator('#library-heading')).toBeVisible();

  // The reader's code is loaded when a reader opens; refuse it as a server would after an upgrade.
  await expect(seedStory(page).locator('li.document')).toHaveCount(5);
  await page.route(/ReaderPage.*\.js$/, (r) => r.abort());
  await seedStory(page).locator('a.button.primary').click();
  await expect(page.getByRole('alert')).toContainText('Something went wrong on this page.');
  await expect(page.getByRole('alert')).toContainText('were not touched');
  await page.unroute(/ReaderPage.*\.js$/);
  await page.getByRole('link', { name: 'Back to the library' }).click();
  await expect(seedStory(page).locator('li.document')).toHaveCount(5);
  expect(violations).toEqual([]);
});
