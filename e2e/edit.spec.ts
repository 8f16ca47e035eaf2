import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openLibrary, openSeedReader } from './helpers';

test('merge two rows with the keyboard, reload, still merged; undo; export TMX', async ({ page }) => {
  await openLibrary(page);
  await openSeedReader(page);
  await page.mouse.move(0, 0);
  // Reading first: the editing tools are behind one switch, kept in the URL.
  await page.getByRole('button', { name: 'Edit alignment' }).click();
  await expect(page).toHaveURL(/mode=edit/);
  const rows = page.locator('.rows .row');
  const before = await rows.count();

  // Focus the English paragraph that opens the article, merge its row with the next.
  const para = page.locator('.para[lang="en"]', { hasText: 'In the two months that Donald Trump' });
  await para.focus();
  const rowOf = async () => Number(await page.locator('.para[lang="en"]', { hasText: 'In the two months that Donald Trump' }).getAttribute('data-row'));
  const r = await rowOf();
  await page.keyboard.press('m');
  await expect(rows).toHaveCount(before - 1);
  const merged = page.locator('.row', { has: page.locator('.para[lang="en"]', { hasText: 'In the two months that Donald Trump' }) });
  await expect(merged.locator('.para[lang="en"]')).toHaveCount(2);
  await expect(page.locator('.row-state')).toContainText('edited by hand');

  await page.reload();
  await expect(page.locator('.rows .row')).toHaveCount(before - 1);
  await expect(page.locator('.row', { has: page.locator('.para[lang="en"]', { hasText: 'In the two months that Donald Trump' }) }).locator('.para[lang="en"]')).toHaveCount(2);

  // Undo survives the reload too.
  await page.locator('.para[lang="en"]').first().focus();
  await page.keyboard.press('Control+z');
  await expect(page.locator('.rows .row')).toHaveCount(before);
  expect(await rowOf()).toBe(r);
  await page.keyboard.press('Control+Shift+z');
  await expect(page.locator('.rows .row')).toHaveCount(before - 1);
  await page.locator('.row-tools').getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.locator('.rows .row')).toHaveCount(before);

  // Confirm a row; it is marked and counted.
  await page.locator('.para[lang="en"]', { hasText: 'In the two months that Donald Trump' }).focus();
  await page.keyboard.press('c');
  await expect(page.locator('.row-state')).toContainText('confirmed');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'TMX 1.4b' }).click();
  const tmx = readFileSync(await (await download).path(), 'utf8');
  expect(tmx).toContain('<tmx version="1.4">');
  const seg = (lang: string, start: string) => new RegExp(`<tuv xml:lang="${lang}">(\\s*<prop[^>]*>[^<]*</prop>)*\\s*<seg>${start}`);
  expect(tmx).toMatch(seg('ar-SA', 'في الشهرين اللذين أعقبا تولي دونالد ترامب'));
  expect(tmx).toMatch(seg('en-US', 'In the two months that Donald Trump'));
  expect(tmx).toContain('<prop type="x-status">confirmed</prop>');
});

test('TMX export for a translation memory: locale tags, the source the MT was made from, linked pairs, no site furniture', async ({ page }) => {
  await openLibrary(page);
  await openSeedReader(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'TMX 1.4b' }).click();
  const tmx = readFileSync(await (await download).path(), 'utf8');
  expect(tmx).toContain('<!DOCTYPE tmx SYSTEM "tmx14b.dtd">');
  expect(tmx).toContain('srclang="ar-SA"');
  expect(tmx).not.toContain('FacebookTwitterLinkedInEmail');
  const units = tmx.match(/<tu [\s\S]*?<\/tu>/g) ?? [];
  expect(units.length).toBeGreaterThan(10);
  expect(units.filter((tu) => !/<tuv xml:lang="ar-SA">[\s\S]*<tuv xml:lang="en-US">/.test(tu))).toEqual([]);
});

test('a TMX file imports as aligned documents; a malformed one names its line and adds nothing', async ({ page }) => {
  await openLibrary(page);
  await page.getByLabel('Story title').fill('TMX story');
  await page.getByRole('button', { name: 'Create story' }).click();
  const story = page.locator('li.story', { hasText: 'TMX story' });
  const input = story.locator('.tmx-import input[type=file]');

  const broken = '<?xml version="1.0"?>\n<tmx version="1.4">\n<header srclang="en" adminlang="en" segtype="paragraph" datatype="plaintext" o-tmf="x" creationtool="x" creationtoolversion="1"/>\n<body>\n<tu><tuv xml:lang="en"><seg>Kabul &amp talks</seg></tuv>\n</body>\n</tmx>\n';
  await input.setInputFiles({ name: 'broken.tmx', mimeType: 'application/xml', buffer: Buffer.from(broken) });
  await expect(story.getByRole('alert')).toContainText(/line 5/i);
  await expect(story.locator('li.document')).toHaveCount(0);

  const good = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
<header srclang="en" adminlang="en" segtype="paragraph" datatype="plaintext" o-tmf="x" creationtool="x" creationtoolversion="1"/>
<body>
<tu><tuv xml:lang="en"><seg>Talks &amp; a prisoner release in Kabul.</seg></tuv><tuv xml:lang="ar"><seg>محادثات وإطلاق سراح سجين في كابول.</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>The envoy left on Monday.</seg></tuv><tuv xml:lang="ar"><seg>غادر المبعوث يوم الاثنين.</seg></tuv></tu>
</body>
</tmx>
`;
  await input.setInputFiles({ name: 'talks.tmx', mimeType: 'application/xml', buffer: Buffer.from(good) });
  await expect(story.getByRole('status').last()).toContainText('Imported 2 documents');
  await expect(story.locator('li.document')).toHaveCount(2);
  await story.getByRole('link', { name: 'Read side by side' }).click();
  const row = page.locator('.row', { has: page.locator('.para[lang="en"]', { hasText: 'The envoy left on Monday.' }) });
  await expect(row.locator('.para[lang="ar"]')).toHaveText(/غادر المبعوث يوم الاثنين/);
  await expect(page.locator('.para[lang="en"]', { hasText: 'Talks & a prisoner release' })).toBeVisible();
});

test('a TMX whose header says srclang "en" beside en-US units shows its own pairs, from TMX', async ({ page }) => {
  await openLibrary(page);
  await page.getByLabel('Story title').fill('Envoy TMX');
  await page.getByRole('button', { name: 'Create story' }).click();
  const story = page.locator('li.story', { hasText: 'Envoy TMX' });
  await story.locator('.tmx-import input[type=file]').setInputFiles(join(import.meta.dirname, '..', 'tests', 'fixtures', 'tmx', 'srclang-base.tmx'));
  await expect(story.getByRole('status').last()).toContainText('Imported 2 documents');
  // Two documents, no empty third for the header's bare "en".
  await expect(story.locator('li.document')).toHaveCount(2);
  await story.getByRole('link', { name: 'Read side by side' }).click();
  await expect(page.locator('.align-status')).toContainText('From the TMX file: 3 rows.');
  const row = page.locator('.row', { has: page.locator('.para[lang="en-US"]', { hasText: 'He left on Tuesday.' }) });
  await expect(row.locator('.para[lang="ar-SA"]')).toContainText('وغادر يوم الثلاثاء.');
  await expect(page.locator('.rows .row')).toHaveCount(3);
});

test('a gettext PO file imports as its own pairs; a compiled .mo is refused and adds nothing', async ({ page }) => {
  await openLibrary(page);
  await page.getByLabel('Story title').fill('Style notes PO');
  await page.getByRole('button', { name: 'Create story' }).click();
  const story = page.locator('li.story', { hasText: 'Style notes PO' });
  const input = story.locator('.tmx-import input[type=file]');
  const mo = Buffer.alloc(64);
  mo.writeUInt32LE(0x950412de, 0);
  await input.setInputFiles({ name: 'news-fa.mo', mimeType: 'application/octet-stream', buffer: mo });
  await expect(story.getByRole('alert')).toContainText('binary data');
  await expect(story.locator('li.document')).toHaveCount(0);
  await input.setInputFiles(join(import.meta.dirname, '..', 'tests', 'fixtures', 'po', 'news-fa.po'));
  await expect(story.getByRole('status').last()).toContainText('Imported 2 documents');
  await story.getByRole('link', { name: 'Read side by side' }).click();
  await expect(page.locator('.align-status')).toContainText('From the PO file: 6 rows.');
  const row = page.locator('.row', { has: page.locator('.para[lang="en"]', { hasText: 'The envoy met the Taliban in Doha on Monday.' }) });
  await expect(row.locator('.para[lang="fa"]')).toHaveText(/فرستاده روز دوشنبه در دوحه با طالبان دیدار کرد/);
  // Text that looks like markup is shown as text, never run.
  await expect(page.locator('.para[lang="en"]', { hasText: 'Not translated yet <script>alert(1)</script>' })).toBeVisible();
  await expect(page.locator('.rows script')).toHaveCount(0);
});

test('a UTF-16 TMX without a byte order mark imports; an entity attack is refused and adds nothing', async ({ page }) => {
  await openLibrary(page);
  await page.getByLabel('Story title').fill('UTF-16 TMX');
  await page.getByRole('button', { name: 'Create story' }).click();
  const story = page.locator('li.story', { hasText: 'UTF-16 TMX' });
  const input = story.locator('.tmx-import input[type=file]');
  await input.setInputFiles(join(import.meta.dirname, '..', 'tests', 'fixtures', 'tmx', 'billion-laughs.tmx'));
  await expect(story.getByRole('alert')).toContainText('declares entities');
  await expect(story.locator('li.document')).toHaveCount(0);
  await input.setInputFiles(join(import.meta.dirname, '..', 'tests', 'fixtures', 'tmx', 'utf16be-nobom.tmx'));
  await expect(story.getByRole('status').last()).toContainText('Imported 2 documents');
  await expect(story.locator('li.document')).toHaveCount(2);
  await story.getByRole('link', { name: 'Read side by side' }).click();
  await expect(page.locator('.para[lang="en"]', { hasText: 'Señor Ñúñez & “quotes”.' })).toBeVisible();
});

test('related reports read side by side by shared facts, with the evidence shown', async ({ page }) => {
  const { seedStory } = await import('./helpers');
  await openLibrary(page);
  const story = seedStory(page);
  const boxes = story.locator('li.document input[type=checkbox]');
  // Column 1: the English machine translation; column 2: the afgazad report.
  await story.locator('li.document', { hasText: 'طالبان تسعى' }).getByRole('checkbox').uncheck();
  await story.locator('li.document', { hasText: "Washington's New Approach" }).getByRole('checkbox').check();
  expect(await boxes.evaluateAll((b) => b.filter((x) => (x as HTMLInputElement).checked).length)).toBe(2);
  await story.getByRole('link', { name: 'Read side by side' }).click();
  await page.getByLabel('How column 2 is read').selectOption('related');
  await expect(page).toHaveURL(/related=/);
  await expect(page.locator('.align-status')).toContainText(/links by shared facts/);
  const row = page.locator('.row', { has: page.locator('.cell').first().locator('.para', { hasText: 'After a meeting last month' }) });
  await expect(row.locator('.cell').nth(1)).toContainText('The first American delegation, led by Zalmay Khalilzad');
  await expect(row.locator('.evidence')).toContainText('Khalilzad');
  await expect(page.locator('.row-tools')).toHaveCount(0); // links are not a parallel alignment to edit
});
