// npm run test:ui — end-to-end check of what an editor sees: packages the .vsix, installs it into
// a throwaway code-server (--install-extension, so the package itself is tested), opens the
// sample story from the Explorer, reads the Outline view and saves docs/screenshot-outline.png,
// then reads the Problems count in the status bar and applies a quick fix with Ctrl+.
// Ends with one line `N passed, N failed`; exits non-zero on any failure.
import fs from 'node:fs';
import path from 'node:path';
import { openPage } from './browser.mjs';
import { runMain } from './cleanup.mjs';
import { installExtension, startCodeServer } from './code-server.mjs';
import { ensureCodeServer, findChromium } from './install.mjs';
import { cacheDir, hoverScreenshotFile, screenshotFile } from './paths.mjs';
import { makeScratch } from './scratch.mjs';
import { buildVsix } from './vsix.mjs';
import { waitFor } from './wait.mjs';
import { makeWorkspace, storyName } from './workspace.mjs';

const expectedOutline = [
  'Russian top diplomat says Moscow ready to develop relations with Washington',
  "The 'Russia' issue",
  'US election',
  'Moscow’s alleged plans to interfere in Swedish elections',
];
const plain = (text) => text.replace(/\s+/g, ' ').trim(); // wire copy has no-break spaces
const failureShot = path.join(cacheDir, 'ui-failure.png');

/** Texts of all Outline rows; the tree renders only what is in view, so scroll through it. */
async function outlineRows(page) {
  await page.keyboard.press('Home'); // the Outline has the focus: start from its top
  await page.locator('.outline-pane .monaco-list').first().hover(); // the wheel scrolls what is under the mouse
  const seen = new Set();
  for (let scrolls = 0; scrolls < 50; scrolls++) {
    const before = seen.size;
    for (const text of await page.locator('.outline-pane .monaco-list-row .label-name').allInnerTexts()) seen.add(plain(text));
    if (scrolls > 0 && seen.size === before) break;
    await page.mouse.wheel(0, 300);
  }
  return [...seen];
}

runMain(async () => {
  const chromium = findChromium();
  const entry = await ensureCodeServer();
  const vsix = await buildVsix();
  const started = Date.now();
  const scratch = makeScratch();
  const workspace = makeWorkspace(scratch);
  await installExtension(entry, scratch, vsix);
  const server = await startCodeServer(entry, scratch);
  const page = await openPage(scratch, chromium);
  page.setDefaultTimeout(30_000); // every wait on the page has a deadline

  const checks = [];
  const check = async (title, step) => {
    try {
      await step();
      checks.push({ title, ok: true });
      console.log(`  ✔ ${title}`);
    } catch (err) {
      checks.push({ title, ok: false });
      console.log(`  ✘ ${title}\n      ${err.message.split('\n').join('\n      ')}`);
      throw err;
    }
  };

  let rows = [];
  const steps = [
    ['opens the sample story from the Explorer', async () => {
      await page.goto(`${server.url}/?${new URLSearchParams({ folder: workspace })}`);
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: storyName }).click();
      await page.locator('.tabs-container .tab', { hasText: storyName }).waitFor();
    }],
    ['the status bar shows the language as Wire Copy', async () => {
      await page.locator('[id="status.editor.mode"]', { hasText: 'Wire Copy' }).waitFor();
    }],
    ['the Outline view lists the story', async () => {
      await page.keyboard.press('F1');
      await page.keyboard.type('Explorer: Focus on Outline View');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Focus on Outline View' }).first().waitFor();
      await page.keyboard.press('Enter');
      rows = await waitFor('Outline rows', 30_000, async () => {
        const texts = await outlineRows(page);
        return texts.some((t) => t.includes(expectedOutline[0])) && texts;
      });
    }],
    ...expectedOutline.map((name) => [`the Outline has a row "${name}"`, async () => {
      if (!rows.some((row) => row.includes(name))) throw new Error(`Outline rows:\n${rows.join('\n')}`);
    }]),
    ['saves a screenshot of the Outline', async () => {
      // Give the Outline the whole sidebar (collapse the folder view), widen the sidebar so that
      // headings read in full, and show the Outline from the top.
      await page.locator('.pane', { has: page.locator('.explorer-folders-view') }).locator('.pane-header').click();
      const sidebar = await page.locator('.part.sidebar').boundingBox();
      await page.mouse.move(sidebar.x + sidebar.width + 2, sidebar.y + sidebar.height / 2);
      await page.mouse.down();
      await page.mouse.move(sidebar.x + sidebar.width + 160, sidebar.y + sidebar.height / 2, { steps: 5 });
      await page.mouse.up();
      await page.locator('.outline-pane .monaco-list-row').first().click();
      await page.keyboard.press('Home');
      await waitFor('the sash to lose its highlight', 10_000, async () =>
        (await page.locator('.monaco-sash.hover, .monaco-sash.active').count()) === 0);
      await page.screenshot({ path: screenshotFile });
    }],
    ['hovering "Lavrov" shows who he is', async () => {
      // The first "Lavrov" on screen is in the standfirst; the hover names him with his title.
      const word = page.locator('.monaco-editor .view-line span', { hasText: /^Sergey Lavrov$|Lavrov/ }).first();
      const box = await word.boundingBox();
      const text = (await word.innerText()) ?? '';
      const offset = Math.max(0, text.indexOf('Lavrov')) + 2;
      await page.mouse.move(box.x + (box.width * offset) / Math.max(1, text.length), box.y + box.height / 2);
      const hover = page.locator('.monaco-hover', { hasText: 'Sergey Lavrov' });
      await hover.waitFor();
      const content = await hover.innerText();
      if (!content.includes('Russian Foreign Minister')) throw new Error(`hover reads:\n${content}`);
      await page.screenshot({ path: hoverScreenshotFile });
    }],
    ['the status bar counts the problems of the sample', async () => {
      // 17 warnings, read off the sample by hand: 12 of hygiene (the stray slash after
      // "groundless", the paragraph it leaves without a full stop, six no-break spaces, those at
      // the edges of lines reported once, by invisible-character, four hyphens for dashes), the
      // residue "All news", the unattributed and the unbalanced quote, a passage of line 15
      // repeated on line 17, and line 35 repeating lines 9 and 11. One info: the mixed quote
      // style. Hints are not counted there.
      const problems = page.locator('[id="status.problems"]');
      let label = '';
      await waitFor('17 warnings and 1 info in the Problems count', 30_000, async () => {
        label = (await problems.getAttribute('aria-label')) ?? (await problems.innerText());
        return /Warnings?: ?17\b/i.test(label) && /Infos?: ?1\b/i.test(label);
      }).catch(() => {
        throw new Error(`status bar reads: ${label}`);
      });
    }],
    ['Ctrl+. replaces the stray slash after "groundless" with a full stop', async () => {
      // Line 39 ends in "groundless/"; the slash is its 173rd character.
      await page.locator('.monaco-editor .view-lines').first().click();
      await page.keyboard.press('Control+G');
      await page.keyboard.type('39:173');
      await page.keyboard.press('Enter');
      // Ctrl+. pressed while Go to Line still holds the focus, or before the workbench has the
      // line's code actions, opens nothing: wait for the cursor, then ask again until they come.
      await page.locator('[id="status.editor.selection"]', { hasText: 'Ln 39, Col 173' }).waitFor();
      await page.locator('.monaco-editor.focused').first().waitFor();
      const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'Replace with a full stop' });
      await waitFor('the quick fix "Replace with a full stop"', 30_000, async () => {
        await page.keyboard.press('Control+.');
        if (await fix.waitFor({ timeout: 3000 }).then(() => true, () => false)) return true;
        await page.keyboard.press('Escape');
        return false;
      });
      await fix.click();
      await page.locator('.monaco-editor .view-line', { hasText: 'absolutely groundless.' }).first().waitFor();
    }],
  ];

  console.log('\n  End-to-end: the packaged extension in the workbench');
  try {
    for (const [title, step] of steps) await check(title, step);
    console.log(`\n  Screenshot: ${path.relative(process.cwd(), screenshotFile)}`);
  } catch {
    fs.mkdirSync(cacheDir, { recursive: true });
    await page.screenshot({ path: failureShot }).catch(() => {});
    console.log(`\n  Screenshot of the failure: ${failureShot}`);
  }
  const passed = checks.filter((c) => c.ok).length;
  const failed = steps.length - passed; // steps not reached after a failure count as failed
  console.log(`\n${passed} passed, ${failed} failed`);
  if (process.env.COPYDESK_VERBOSE) console.log(`(run took ${Math.round((Date.now() - started) / 1000)} s)`);
  return failed === 0 ? 0 : 1;
});
