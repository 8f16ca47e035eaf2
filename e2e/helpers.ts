import { expect, type Page } from '@playwright/test';

export async function openLibrary(page: Page, uiLang: 'en' | 'ar' | 'fa' = 'en') {
  if (uiLang !== 'en') await page.addInitScript((l) => localStorage.setItem('tarjuman.uiLang', l), uiLang);
  await page.goto('/');
  await expect(page.locator('#library-heading')).toBeVisible();
}

export function seedStory(page: Page) {
  return page.locator('li.story').filter({ has: page.locator('li.document', { hasText: 'طالبان تسعى' }) }).first();
}

/** Opens the demo story's English machine translation beside its Arabic source. */
export async function openSeedReader(page: Page) {
  const story = seedStory(page);
  await expect(story.locator('li.document')).toHaveCount(5);
  await story.locator('a.button.primary').click();
  await expect(page.locator('.rows')).toBeVisible();
  await waitForAlignment(page);
}

/** The reader first pairs paragraphs in order, then shows the aligner's rows. */
export async function waitForAlignment(page: Page) {
  await expect(page.locator('.align-status')).toContainText(/Aligned automatically|طوبقت|تطبیق خودکار:/, { timeout: 30_000 });
}

/**
 * True when the self-hosted Arabic face was actually downloaded and used, from this origin.
 * (document.fonts.check() alone answers true when no such face is declared at all.)
 */
export async function arabicFontLoaded(page: Page): Promise<boolean> {
  await page.evaluate(() => document.fonts.ready);
  return page.evaluate(() => [...document.fonts].some((f) => f.family.replace(/"/g, '') === 'Noto Naskh Arabic' && f.status === 'loaded'));
}

/** Opens the library, creates a story and opens its import form; returns the form. */
export async function newStoryImport(page: Page, title: string) {
  await openLibrary(page);
  await page.getByLabel('Story title').fill(title);
  await page.getByRole('button', { name: 'Create story' }).click();
  const form = page.locator('li.story', { hasText: title }).locator('details.import');
  await form.locator('summary').click();
  return form;
}
