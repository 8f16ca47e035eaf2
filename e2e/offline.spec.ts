import { expect, test } from '@playwright/test';
import { openLibrary, openSeedReader, seedStory, arabicFontLoaded, waitForServiceWorker } from './helpers';

test('after one visit the app and the demo story work with the network off', async ({ page, context }) => {
  await openLibrary(page);
  await expect(seedStory(page)).toBeVisible();
  // Offline only works once the service worker controls the page.
  await waitForServiceWorker(page);

  await context.setOffline(true);
  await page.reload();
  await expect(seedStory(page)).toBeVisible();
  await openSeedReader(page);
  await expect(page.locator('.para[lang="ar"]').first()).toBeVisible();
  expect(await arabicFontLoaded(page)).toBe(true);

  // A document added offline is stored too.
  await page.goto('/');
  const story = seedStory(page);
  await story.locator('details.import summary').click();
  await story.getByLabel('Paste text').fill('Written on a train with no network.');
  await story.getByRole('button', { name: 'Add document' }).click();
  await expect(story.locator('li.document')).toHaveCount(6);
  await context.setOffline(false);
});
