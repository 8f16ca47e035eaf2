import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

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

/** Selects the first occurrence of `word` in the reader's text (in paragraphs of `lang` if given), as a reader would with the mouse. */
export async function selectWord(page: Page, word: string, lang?: string) {
  await page.evaluate(
    ([word, lang]) => {
      const paras = [...document.querySelectorAll(lang ? `.para[lang="${lang}"] p` : '.para p')];
      const p = paras.find((el) => el.textContent!.includes(word!));
      if (!p) throw new Error(`no paragraph holds ${word}`);
      p.scrollIntoView({ block: 'center' });
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.textContent!.indexOf(word!);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + word!.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return;
      }
      throw new Error(`no text node holds ${word}`);
    },
    [word, lang] as const,
  );
}

/** Selects `word` and annotates it through the editor; returns once the editor has closed. */
export async function annotateWord(page: Page, word: string, body: { note: string; lang?: string; category?: string; suggestion?: string }) {
  await selectWord(page, word, body.lang);
  await page.getByRole('button', { name: 'Annotate selection' }).click();
  const editor = page.locator('form.annotation-editor');
  await expect(editor.locator('blockquote')).toHaveText(word);
  if (body.category) await editor.getByLabel('Category').selectOption(body.category);
  await editor.getByLabel('Note').fill(body.note);
  if (body.suggestion) await editor.getByLabel('Suggested correction').fill(body.suggestion);
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toHaveCount(0);
}

/**
 * Collects what the Content Security Policy (vite.config.ts) blocks from now on: any blocked
 * script, style, font, worker or request fires `securitypolicyviolation` on the page, or a
 * "Content Security Policy" message on the console (workers report there). Call before the
 * first navigation; the returned list fills as violations happen.
 */
export function watchCsp(page: Page): string[] {
  const seen: string[] = [];
  void page.exposeFunction('__reportCsp', (s: string) => seen.push(s));
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCsp: (s: string) => void }).__reportCsp(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) seen.push(`console: ${m.text()}`);
  });
  return seen;
}

/** Opens the demo story's reader and returns the Content Security Policy violations seen from the start. */
export async function openSeedReaderWatched(page: Page): Promise<string[]> {
  const violations = watchCsp(page);
  await openLibrary(page);
  await openSeedReader(page);
  return violations;
}

/** Waits until the service worker controls the page (reloading once if it did not yet): offline works from then on. */
export async function waitForServiceWorker(page: Page) {
  await page
    .waitForFunction(
      async () => {
        await navigator.serviceWorker.ready;
        return navigator.serviceWorker.controller !== null;
      },
      undefined,
      { timeout: 30_000 },
    )
    .catch(async () => {
      await page.reload();
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    });
}

/** A long pair made from the seeds: their article paragraphs repeated, numbered apart. */
export function longPair(copies: number): { en: string; ar: string } {
  const seeds = join(import.meta.dirname, '..', 'seeds');
  const en = readFileSync(join(seeds, '000_f64be7aa07701883.txt'), 'utf8').split('\n').filter((l) => l.trim());
  const ar = readFileSync(join(seeds, '003_7fe56e322bbbd2e3.txt'), 'utf8').split('\n').filter((l) => l.length > 200);
  const out = { en: [] as string[], ar: [] as string[] };
  for (let k = 1; k <= copies; k++) {
    out.en.push(`Chapter ${k}.`, ...en.filter((l) => l.length > 200));
    out.ar.push(`الفصل ${k}.`, ...ar);
  }
  return { en: out.en.join('\n\n'), ar: out.ar.join('\n\n') };
}

/**
 * Stands in for a full disk: once `setDiskFull(page, true)`, every write to the object store
 * `store` fails as a full browser storage makes it fail (QuotaExceededError), until
 * `setDiskFull(page, false)`. Call before the page loads.
 */
export async function failWritesWhenDiskFull(page: Page, store: string) {
  await page.addInitScript((store) => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if ((window as unknown as { diskFull?: boolean }).diskFull && this.name === store) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return put.apply(this, args);
    };
  }, store);
}

export async function setDiskFull(page: Page, full: boolean) {
  await page.evaluate((full) => ((window as unknown as { diskFull: boolean }).diskFull = full), full);
}
