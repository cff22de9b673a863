// npm run test:ui — end-to-end check of what an editor sees: packages the .vsix, installs it into
// a throwaway code-server (--install-extension, so the package itself is tested), opens the
// sample story from the Explorer, reads the Outline view and saves docs/screenshot-outline.png,
// reads the Problems count in the status bar, applies a quick fix with Ctrl+., then reads the
// Sources view, reveals a quotation from it and saves docs/screenshot-sources.png.
// Ends with one line `N passed, N failed`; exits non-zero on any failure.
//   node scripts/vscode/test-ui.mjs [--screenshots-to DIR]
//     --screenshots-to  saves the screenshots in DIR instead of docs/: `npm test` runs the check
//                       so, and leaves the committed screenshots as they are
import fs from 'node:fs';
import path from 'node:path';
import { openPage } from './browser.mjs';
import { runMain } from './cleanup.mjs';
import { installExtension, startCodeServer } from './code-server.mjs';
import { ensureCodeServer, findChromium } from './install.mjs';
import { cacheDir, hoverScreenshotFile, screenshotFile, sourcesScreenshotFile } from './paths.mjs';
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
const shotsDir = process.argv.includes('--screenshots-to') ? path.resolve(process.argv[process.argv.indexOf('--screenshots-to') + 1]) : null;
const [outlineShot, hoverShot, sourcesShot] = [screenshotFile, hoverScreenshotFile, sourcesScreenshotFile].map((file) =>
  shotsDir ? path.join(shotsDir, path.basename(file)) : file,
);

/** Focuses an Explorer view, expanding it, through the command palette. */
async function focusView(page, name) {
  await page.keyboard.press('F1');
  await page.keyboard.type(`Explorer: Focus on ${name} View`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: `Focus on ${name} View` }).first().waitFor();
  await page.keyboard.press('Enter');
}

/** Drags the sash at the sidebar's right edge that many pixels to the right. */
async function widenSidebar(page, pixels) {
  const sidebar = await page.locator('.part.sidebar').boundingBox();
  await page.mouse.move(sidebar.x + sidebar.width + 2, sidebar.y + sidebar.height / 2);
  await page.mouse.down();
  await page.mouse.move(sidebar.x + sidebar.width + pixels, sidebar.y + sidebar.height / 2, { steps: 5 });
  await page.mouse.up();
}

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

/** The Sources view's pane in the Explorer. */
const sourcesPane = (page) => page.locator('.pane').filter({ has: page.locator('.pane-header .title', { hasText: /^Sources$/ }) });

/** Each row the Sources view shows, as `label | description`, in order. */
const sourcesRows = (page) =>
  sourcesPane(page)
    .locator('.monaco-list-row')
    .evaluateAll((rows) => rows.map((r) => `${r.querySelector('.label-name')?.textContent ?? ''} | ${r.querySelector('.label-description')?.textContent ?? ''}`));

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
      // The language changes once the extension host has started and activated the extension,
      // which on a busy machine has taken more than the page's 30 s.
      await page.locator('[id="status.editor.mode"]', { hasText: 'Wire Copy' }).waitFor({ timeout: 120_000 });
    }],
    ['the Outline view lists the story', async () => {
      await focusView(page, 'Outline');
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
      await widenSidebar(page, 160);
      // Not a click on a row: the first row rendered can lie under the pane's header until the
      // Outline is scrolled to its top. The mouse leaves the sash for the top row.
      await focusView(page, 'Outline');
      await page.keyboard.press('Home');
      await page.locator('.outline-pane .monaco-list-row[data-index="0"]').hover();
      await waitFor('the sash to lose its highlight', 10_000, async () =>
        (await page.locator('.monaco-sash.hover, .monaco-sash.active').count()) === 0);
      await page.screenshot({ path: outlineShot });
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
      await page.screenshot({ path: hoverShot });
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
    ['the Sources view sums up the story and lists Sergey Lavrov, the one source', async () => {
      // The Outline makes room: the view opens below it.
      await page.locator('.pane-header', { hasText: 'Outline' }).click();
      await focusView(page, 'Sources');
      // By hand: 1,119 of the 1,152 quoted words are Lavrov's; Putin, Tillerson and Lofven are never quoted.
      const expected = [
        '1 source · 1 named · 0 unnamed | 0% of quoted words unnamed · 1 quote unattributed',
        'Sergey Lavrov | Russian Foreign Minister   ███████▊ 32 quotes · 97%',
      ];
      let rows = [];
      await waitFor('the Sources rows', 30_000, async () => {
        rows = await sourcesRows(page);
        return rows.join('\n') === expected.join('\n');
      }).catch(() => {
        throw new Error(`Sources rows:\n${rows.join('\n')}`);
      });
    }],
    ['a quotation of Sergey Lavrov, clicked in the Sources view, is selected in the editor', async () => {
      const pane = sourcesPane(page);
      await pane.locator('.monaco-list-row', { hasText: 'Sergey Lavrov' }).click(); // opens his quotations
      await pane.locator('.monaco-list-row', { hasText: 'We said that we would be ready to…' }).first().click();
      // Line 9 opens with the quotation: 198 characters, marks included.
      await page.locator('[id="status.editor.selection"]', { hasText: 'Ln 9, Col 199 (198 selected)' }).waitFor();
    }],
    ['saves a screenshot of the Sources view', async () => {
      // Wide enough for the rows' descriptions to read in full; the mouse then rests where
      // nothing shows a tooltip, the middle of the status bar.
      await widenSidebar(page, 200);
      const bar = await page.locator('.part.statusbar').boundingBox();
      await page.mouse.move(bar.x + bar.width / 2, bar.y + bar.height / 2);
      await waitFor('the sash to lose its highlight', 10_000, async () =>
        (await page.locator('.monaco-sash.hover, .monaco-sash.active').count()) === 0);
      await page.screenshot({ path: sourcesShot });
    }],
  ];

  console.log('\n  End-to-end: the packaged extension in the workbench');
  try {
    for (const [title, step] of steps) await check(title, step);
    const shots = [outlineShot, hoverShot, sourcesShot].map((file) => path.relative(process.cwd(), file));
    console.log(`\n  Screenshots: ${shots.join(', ')}`);
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
