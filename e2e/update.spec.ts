import { expect, test, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { seedStory, selectWord } from './helpers';

// The app served by a small server of our own, which can start serving a second build: the
// same files with a changed service worker, as a deploy of a new version would. Its own origin
// (a free port) gives it a fresh service worker registration and IndexedDB.
test.setTimeout(240_000);

const DIST = join(process.cwd(), 'dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
  '.map': 'application/json',
};
let build = 1;
let server: Server;
let origin = '';

test.beforeAll(async () => {
  server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(DIST, path);
    let body: Buffer;
    try {
      body = await readFile(file.endsWith('/') || !extname(file) ? join(DIST, 'index.html') : file);
    } catch {
      res.writeHead(404).end();
      return;
    }
    if (path === '/sw.js' && build === 2) body = Buffer.concat([body, Buffer.from('\n// build 2\n')]);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'text/html', 'cache-control': 'no-cache' });
    res.end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((done) => server.close(() => done())));

/** Opens the app and waits until the service worker controls the page (a reload if need be). */
async function openControlled(page: Page, path = '/') {
  await page.goto(origin + path);
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
}

const mark = (page: Page) => page.evaluate(() => ((window as unknown as { mark?: string }).mark = 'not reloaded'));
const marked = (page: Page) => page.evaluate(() => (window as unknown as { mark?: string }).mark ?? 'reloaded');

test('a new version reloads only the tab where "Reload now" was pressed, and its unsaved pasted text comes back', async ({ context }) => {
  const library = await context.newPage();
  await openControlled(library);
  await expect(seedStory(library)).toBeVisible();

  // A reader tab with an annotation note typed but not saved.
  const reader = await context.newPage();
  await reader.goto(origin + '/');
  await seedStory(reader).locator('a.button.primary').click();
  await expect(reader.locator('.align-status')).toContainText('Aligned automatically', { timeout: 60_000 });
  await selectWord(reader, 'غليزمان', 'ar');
  await reader.getByRole('button', { name: 'Annotate selection' }).click();
  await reader.locator('form.annotation-editor').getByLabel('Note').fill('Unsaved: the name is Glezmann.');

  // The library tab with pasted text not added yet.
  const story = seedStory(library);
  await story.locator('details.import summary').click();
  await story.getByLabel('Paste text').fill('Pasted but not added: ten paragraphs of a report.');

  await mark(library);
  await mark(reader);
  build = 2;
  await library.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
  for (const tab of [library, reader]) await expect(tab.locator('.update-banner')).toContainText('A new version of Tarjuman is available', { timeout: 60_000 });

  await library.locator('.update-banner').getByRole('button', { name: 'Reload now' }).click();
  await library.waitForFunction(() => !(window as unknown as { mark?: string }).mark, undefined, { timeout: 60_000 });
  await expect(seedStory(library).getByLabel('Paste text')).toHaveValue('Pasted but not added: ten paragraphs of a report.');
  await expect(seedStory(library)).toContainText('Your unsaved text from before is back.');

  // The reader tab was not reloaded: its note is still being written, and it is told.
  await expect(reader.locator('.update-banner')).toContainText('installed from another tab');
  expect(await marked(reader)).toBe('not reloaded');
  await expect(reader.locator('form.annotation-editor').getByLabel('Note')).toHaveValue('Unsaved: the name is Glezmann.');

  // Its own reload (any reload) keeps the note as a draft: it comes back with the editor on that text.
  await reader.waitForTimeout(1000); // let the draft's write, which waits for typing to pause, happen
  await reader.reload();
  await expect(reader.locator('.align-status')).toContainText('Aligned automatically', { timeout: 60_000 });
  await selectWord(reader, 'غليزمان', 'ar');
  await reader.getByRole('button', { name: 'Annotate selection' }).click();
  await expect(reader.locator('form.annotation-editor').getByLabel('Note')).toHaveValue('Unsaved: the name is Glezmann.');
});
