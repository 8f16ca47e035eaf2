import { expect as baseExpect, test, type BrowserContext, type Page } from '@playwright/test';
import { openLibrary, seedStory, waitForAlignment, failWritesWhenDiskFull, setDiskFull } from './helpers';

// Two pages of one browser context are two tabs sharing one IndexedDB. Waits are long: these
// tests run two tabs at once on a shared machine.
test.setTimeout(300_000);
const expect = baseExpect.configure({ timeout: 30_000 });

/**
 * Lets a test hold back what other tabs tell this one about their writes (Dexie tells tabs
 * through a BroadcastChannel), so that this tab's next edit is made on the rows it read before
 * another tab's write: two edits "at the same moment", every time.
 */
function holdable() {
  const w = window as unknown as { held?: boolean; release?: () => void };
  const queue: (() => void)[] = [];
  const desc = Object.getOwnPropertyDescriptor(BroadcastChannel.prototype, 'onmessage')!;
  Object.defineProperty(BroadcastChannel.prototype, 'onmessage', {
    configurable: true,
    get() {
      return desc.get!.call(this);
    },
    set(fn: ((e: MessageEvent) => void) | null) {
      desc.set!.call(this, fn && ((e: MessageEvent) => (w.held ? queue.push(() => fn.call(this, e)) : fn.call(this, e))));
    },
  });
  w.release = () => {
    w.held = false;
    queue.splice(0).forEach((f) => f());
  };
}

async function openReader(page: Page) {
  await openLibrary(page);
  await seedStory(page).locator('a.button.primary').click();
  await waitForAlignment(page);
  await page.getByRole('button', { name: 'Edit alignment' }).click();
  await expect(page).toHaveURL(/mode=edit/);
}

async function twoTabs(page: Page, context: BrowserContext): Promise<[Page, Page]> {
  await openReader(page);
  const second = await context.newPage();
  await second.addInitScript(holdable);
  await second.goto(page.url());
  await waitForAlignment(second);
  return [page, second];
}

const row = (page: Page, n: number) => page.getByRole('group', { name: `Row ${n}`, exact: true });

/** Focuses the first paragraph of a row (1-based) and presses a key there. */
async function pressOnRow(page: Page, n: number, key: string) {
  await page.mouse.move(0, 0); // a row under the pointer would be the active row, not the focused one
  await row(page, n).locator('.para').first().focus();
  await page.keyboard.press(key);
}

/** `write` in another tab, then `edit` in `page` before `page` hears of that write. */
async function whileHeld(page: Page, write: () => Promise<void>, edit: () => Promise<void>) {
  await page.evaluate(() => ((window as unknown as { held: boolean }).held = true));
  await write();
  await edit();
  await page.evaluate(() => (window as unknown as { release: () => void }).release());
}

test('two tabs confirm rows 2 and 7 at the same moment: both are stored and both tabs show both', async ({ page, context }) => {
  const [a, b] = await twoTabs(page, context);
  await whileHeld(
    b,
    async () => {
      await pressOnRow(a, 2, 'c');
      await expect(row(a, 2)).toHaveClass(/confirmed/);
    },
    () => pressOnRow(b, 7, 'c'),
  );
  for (const tab of [a, b]) {
    await expect(row(tab, 2)).toHaveClass(/confirmed/);
    await expect(row(tab, 7)).toHaveClass(/confirmed/);
  }
  await b.reload();
  await waitForAlignment(b);
  await expect(row(b, 2)).toHaveClass(/confirmed/);
  await expect(row(b, 7)).toHaveClass(/confirmed/);
});

test('two tabs merge rows 11 and 21 at the same moment: two rows fewer, not one', async ({ page, context }) => {
  const [a, b] = await twoTabs(page, context);
  const rows = a.locator('.rows .row');
  const before = await rows.count();
  await whileHeld(
    b,
    async () => {
      await pressOnRow(a, 11, 'm');
      await expect(rows).toHaveCount(before - 1);
    },
    () => pressOnRow(b, 21, 'm'),
  );
  await expect(rows).toHaveCount(before - 2);
  await expect(b.locator('.rows .row')).toHaveCount(before - 2);
  await a.reload();
  await waitForAlignment(a);
  await expect(a.locator('.rows .row')).toHaveCount(before - 2);
});

test('both tabs change row 7 at once: the second is shown both versions and chooses', async ({ page, context }) => {
  const [a, b] = await twoTabs(page, context);
  const before = await a.locator('.rows .row').count();
  await whileHeld(
    b,
    async () => {
      await pressOnRow(a, 7, 'c');
      await expect(row(a, 7)).toHaveClass(/confirmed/);
    },
    () => pressOnRow(b, 7, 'm'),
  );
  const conflict = b.locator('.edit-conflict');
  await expect(conflict).toContainText('Stored by the other tab');
  await expect(conflict).toContainText('confirmed');
  await expect(conflict).toContainText('edited by hand');
  // Until the user chooses, the screen shows what is stored: the other tab's confirm.
  await expect(b.locator('.rows .row')).toHaveCount(before);
  await expect(row(b, 7)).toHaveClass(/confirmed/);
  await conflict.getByRole('button', { name: 'Keep my edit' }).click();
  await expect(b.locator('.rows .row')).toHaveCount(before - 1);
  await expect(a.locator('.rows .row')).toHaveCount(before - 1);
});

test('Undo in one tab takes back only that tab\'s edits, also after a reload', async ({ page, context }) => {
  const [a, b] = await twoTabs(page, context);
  await pressOnRow(a, 2, 'c');
  await expect(row(b, 2)).toHaveClass(/confirmed/);
  await pressOnRow(b, 7, 'c');
  await expect(row(a, 7)).toHaveClass(/confirmed/);

  await pressOnRow(a, 3, 'Control+z');
  await expect(row(a, 2)).not.toHaveClass(/confirmed/);
  await expect(row(b, 2)).not.toHaveClass(/confirmed/);
  await expect(row(a, 7)).toHaveClass(/confirmed/);

  // The tab's history is its own after a reload too: redo brings back its confirm, and B's undo takes back B's.
  await a.reload();
  await waitForAlignment(a);
  await pressOnRow(a, 3, 'Control+Shift+z');
  await expect(row(a, 2)).toHaveClass(/confirmed/);
  await pressOnRow(b, 3, 'Control+z');
  await expect(row(b, 7)).not.toHaveClass(/confirmed/);
  await expect(row(b, 2)).toHaveClass(/confirmed/);
  await expect(row(a, 7)).not.toHaveClass(/confirmed/);
});

test('full storage during an alignment edit: the edit is taken back on screen and the user is told', async ({ page }) => {
  await failWritesWhenDiskFull(page, 'alignments');
  await openReader(page);
  const rows = page.locator('.rows .row');
  const before = await rows.count();
  await setDiskFull(page, true);
  await pressOnRow(page, 4, 'm');
  await expect(page.locator('.row-tools [role=alert]')).toContainText('Storage is full');
  await expect(rows).toHaveCount(before);
  await pressOnRow(page, 4, 'c');
  await expect(page.locator('.row-tools [role=alert]')).toContainText('Storage is full');
  await expect(row(page, 4)).not.toHaveClass(/confirmed/);

  // What the screen showed is what was stored: a reload shows the same rows.
  await page.reload();
  await waitForAlignment(page);
  await expect(rows).toHaveCount(before);
  await expect(row(page, 4)).not.toHaveClass(/confirmed/);
  await pressOnRow(page, 4, 'm');
  await expect(rows).toHaveCount(before - 1);
  await page.reload();
  await waitForAlignment(page);
  await expect(rows).toHaveCount(before - 1);
});
