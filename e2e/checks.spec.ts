import { expect, test, type Page } from '@playwright/test';
import { openLibrary, openSeedReader } from './helpers';

/** The flag panel once the checks have run on the aligned pair. */
async function flagPanel(page: Page) {
  const panel = page.locator('.flag-panel');
  await expect(panel.locator('li.flag').first()).toBeVisible({ timeout: 30_000 });
  return panel;
}

const zawassi = (page: Page) => page.locator('.flag-panel li.flag[data-check="name-mismatch"]', { hasText: 'Zawassi' });
const glizmann = (page: Page) => page.locator('.flag-panel li.flag[data-check="name-variants"]', { hasText: 'Glizmann' }).first();

test('reviewer checks: flags with suggestions, dismissals that survive a reload, one-click annotations', async ({ page }) => {
  await openLibrary(page);
  await openSeedReader(page);
  const panel = await flagPanel(page);

  // A name the machine translation garbled, with what the story writes instead.
  await expect(zawassi(page)).toHaveCount(1);
  await expect(zawassi(page).locator('.suggestion')).toContainText('Zalmay');
  await expect(zawassi(page).locator('.evidence')).toContainText('زلماي');
  // One name spelt four ways in the English.
  await expect(glizmann(page).locator('.evidence')).toContainText('Glizmann, Galzman, Glezmann (2×), Galzmann');
  await expect(glizmann(page).locator('.suggestion')).toContainText('Glezmann');

  // Filters count by check.
  const names = panel.locator('.flag-filters button[data-check="name-mismatch"]');
  await names.click();
  await expect(names).toHaveAttribute('aria-pressed', 'true');
  await expect(panel.locator('li.flag:not([data-check="name-mismatch"])')).toHaveCount(0);
  await expect(names.locator('.count')).toHaveText(String(await panel.locator('li.flag').count()));
  await panel.getByRole('button', { name: /^All/ }).click();

  // "Show in text" brings the flagged paragraph into view with the name selected.
  await zawassi(page).getByRole('button', { name: 'Show in text' }).click();
  await expect(page.locator('.para:focus')).toContainText('Zawassi');
  expect(await page.evaluate(() => getSelection()?.toString())).toBe('Zawassi');

  // Dismiss: gone from the list, still gone after a reload, and back with "Restore".
  await zawassi(page).getByRole('button', { name: 'Dismiss' }).click();
  await expect(zawassi(page)).toHaveCount(0);
  await page.reload();
  await flagPanel(page);
  await expect(glizmann(page)).toBeVisible();
  await expect(zawassi(page)).toHaveCount(0);
  await page.locator('.flag-panel').getByLabel('Show dismissed and annotated flags').check();
  await expect(zawassi(page)).toContainText('Dismissed');
  await zawassi(page).getByRole('button', { name: 'Restore' }).click();
  await expect(zawassi(page).getByRole('button', { name: 'Dismiss' })).toBeVisible();
  await page.locator('.flag-panel').getByLabel('Show dismissed and annotated flags').uncheck();

  // Make annotation: one click, category and suggested correction filled in.
  const annotations = page.locator('.annotation-panel li');
  await expect(annotations).toHaveCount(0);
  await glizmann(page).getByRole('button', { name: 'Make annotation' }).click();
  await expect(annotations).toHaveCount(1);
  await expect(annotations).toContainText('Garbled name');
  await expect(annotations).toContainText('Glizmann');
  await expect(annotations.locator('.suggestion')).toContainText('Glezmann');
  await expect(annotations.locator('.note')).toContainText('spellings of one name');
  await expect(page.locator('.para[lang="en"] mark[data-annotation]').first()).toHaveText('Glizmann');
});

test('the name index lists the story’s names and who spells them differently', async ({ page }) => {
  await openLibrary(page);
  await openSeedReader(page);
  await flagPanel(page);
  const index = page.locator('.name-index');
  const glezmann = index.locator('.entity-list > li', { hasText: 'Galzmann' });
  await expect(glezmann).toHaveCount(1);
  await expect(glezmann.locator('li.differs').first()).toContainText('Spelled differently');
  // Both spellings of Waltz are listed, each with its document; Trump, spelt one way, is not.
  const waltz = index.locator('.entity-list > li', { hasText: 'Walz' });
  await expect(waltz.locator('li.differs')).toContainText('Waltz');
  await expect(waltz.locator('li:not(.differs)')).toContainText('Walz');
  await expect(index.locator('.entity-list > li > strong', { hasText: /^Trump$/ })).toHaveCount(0);
  await index.getByLabel('Only names spelled differently').uncheck();
  await expect(index.locator('.entity-list > li > strong', { hasText: /^Trump$/ })).toHaveCount(1);
});

test('flags speak the interface language', async ({ page }) => {
  await openLibrary(page, 'ar');
  await openSeedReader(page);
  await flagPanel(page);
  await expect(zawassi(page).locator('.evidence')).toContainText('في العربية: زلماي');
  await expect(zawassi(page).getByRole('button', { name: 'اعرضه في النص' })).toBeVisible();
});

test('the keys the shortcuts dialog lists for flags step through them in reading order', async ({ page }) => {
  await openLibrary(page);
  await openSeedReader(page);
  const panel = await flagPanel(page);

  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  const line = dialog.locator('dd', { hasText: 'Next / previous flag to review' });
  const [next, previous] = (await line.locator('xpath=preceding-sibling::dt[1]').innerText()).split(' / ');
  expect([next, previous]).toEqual(['f', 'Shift+F']);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  const flags = panel.locator('li.flag');
  const quote = async (i: number) => (await flags.nth(i).locator('.quote').innerText()).trim();
  const selected = () => page.evaluate(() => getSelection()?.toString() ?? '');
  const active = panel.locator('li.flag.active');

  // The first press shows the first flag; the next ones the following flags; Shift+F goes back.
  await page.keyboard.press(next!);
  await expect(active).toHaveAttribute('data-flag', (await flags.nth(0).getAttribute('data-flag'))!);
  await expect.poll(selected).toBe(await quote(0));
  await expect(panel.locator('li.flag[aria-current="true"]')).toHaveCount(1); // said to screen readers too
  await page.keyboard.press(next!);
  await expect(active).toHaveAttribute('data-flag', (await flags.nth(1).getAttribute('data-flag'))!);
  await expect.poll(selected).toBe(await quote(1));
  await expect(page.locator('.para:focus')).toContainText(await quote(1));
  await page.keyboard.press(previous!);
  await expect(active).toHaveAttribute('data-flag', (await flags.nth(0).getAttribute('data-flag'))!);
  // Before the first flag comes the last one: the steps go round.
  await page.keyboard.press(previous!);
  await expect(active).toHaveAttribute('data-flag', (await flags.last().getAttribute('data-flag'))!);
  await page.keyboard.press(next!);
  await expect(active).toHaveAttribute('data-flag', (await flags.nth(0).getAttribute('data-flag'))!);

  // A dismissed flag is stepped over.
  const second = (await flags.nth(1).getAttribute('data-flag'))!;
  const third = (await flags.nth(2).getAttribute('data-flag'))!;
  await flags.nth(1).getByRole('button', { name: 'Dismiss' }).click();
  await expect(panel.locator(`li.flag[data-flag="${second}"]`)).toHaveCount(0);
  await page.keyboard.press(next!);
  await expect(active).toHaveAttribute('data-flag', third);
});

/** Every flag of the panel, as the reader sees it: check and text, in list order. */
async function allFlags(page: Page): Promise<string[]> {
  const panel = await flagPanel(page);
  await expect(panel).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  return panel.locator('li.flag').evaluateAll((items) => items.map((li) => `${li.getAttribute('data-check')}: ${li.textContent}`));
}

test('on a device with four cores a second checks worker shares the run, and the reader gets the same flags', async ({ page, browser }) => {
  // DevTools' emulation sets the page's core count, as a phone with eight cores reports it.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setHardwareConcurrencyOverride', { hardwareConcurrency: 8 });
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await openLibrary(page);
  await openSeedReader(page);
  const shared = await allFlags(page);
  expect(workers.filter((u) => u.includes('checks'))).toHaveLength(2);
  await expect(zawassi(page).locator('.suggestion')).toContainText('Zalmay');

  // The same story in a fresh profile on two cores: one checks worker, the same list.
  const context = await browser.newContext();
  const alone = await context.newPage();
  const aloneWorkers: string[] = [];
  alone.on('worker', (w) => aloneWorkers.push(w.url()));
  await openLibrary(alone);
  await openSeedReader(alone);
  expect(await allFlags(alone)).toEqual(shared);
  expect(aloneWorkers.filter((u) => u.includes('checks'))).toHaveLength(1);
  await context.close();
});

/**
 * Two ways a browser refuses a worker inside a worker, put in front of the checks worker's own
 * script: the constructor throws, or the helper starts and then fails to load.
 */
const REFUSALS = {
  throws: `self.Worker = class { constructor() { throw new DOMException('no nested workers', 'SecurityError'); } };`,
  fails: `self.Worker = class extends EventTarget {
    constructor() { super(); setTimeout(() => this.onerror?.(new ErrorEvent('error', { cancelable: true }))); }
    postMessage() {}
    terminate() {}
  };`,
};

test('where the browser refuses a second checks worker, the first runs every check and the reader gets the same flags', async ({ browser }) => {
  const plain = await browser.newContext();
  const alone = await plain.newPage();
  await openLibrary(alone);
  await openSeedReader(alone);
  const expected = await allFlags(alone);
  await plain.close();

  for (const [how, refusal] of Object.entries(REFUSALS)) {
    // No service worker, so the checks worker's script comes through the route.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setHardwareConcurrencyOverride', { hardwareConcurrency: 8 });
    let patched = 0;
    await context.route(/checks\.worker[^/]*\.js$/, async (route) => {
      const response = await route.fetch();
      patched++;
      await route.fulfill({ response, body: `${refusal}\n${await response.text()}` });
    });
    await openLibrary(page);
    await openSeedReader(page);
    expect(await allFlags(page), how).toEqual(expected);
    expect(patched, how).toBe(1);
    await expect(zawassi(page).locator('.suggestion')).toContainText('Zalmay');
    await context.close();
  }
});
