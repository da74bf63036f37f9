// A new user's first look, measured in a real workbench: open a window on a folder, wait until the built-in
// Explorer lists it, click the Waveplan activity-bar icon, and wait for the first effort row of the Waveplan tree.
// Both times are from the same navigation start, so their ratio is what a user feels (absolute times follow the
// machine's load). Used by the integration suite (bridge action `firstLook`) and by `npm run bench`.
'use strict';

// Runs inside the page before the workbench loads: records when things first appear, from navigation start.
const OBSERVER = `(() => {
  const marks = (window.__waveplanFirstLook = { noProvider: false, noProviderLate: false, scanning: false, timeOrigin: performance.timeOrigin });
  const container = () => document.getElementById('workbench.view.extension.waveplan');
  const check = () => {
    if (marks.explorerMs === undefined && document.querySelector('.explorer-folders-view .monaco-list-row')) marks.explorerMs = performance.now();
    const view = container();
    if (!view) return;
    // Only what is shown counts: the tree keeps hidden message elements in the page.
    const shown = (phrase) => [...view.querySelectorAll('.message, .welcome-view-content, p')]
      .some((el) => el.offsetParent !== null && (el.textContent || '').includes(phrase));
    // Each: when it was first shown (ms from navigation start), or false.
    // VS Code's "no data provider": before its welcome content is registered (its Restored phase, idle-deferred) it is
    // all a view shown before the extension host has run can say; late = after Waveplan's own content was shown.
    if (shown('no data provider registered')) {
      marks.noProvider ||= performance.now();
      if (!marks.noProviderLate && (marks.scanning || marks.phaseMs !== undefined)) marks.noProviderLate = performance.now();
    }
    if (!marks.scanning && (shown('Looking for plans') || shown('Reading plans'))) marks.scanning = performance.now();
    if (marks.phaseMs === undefined && view.querySelector('.monaco-list-row[aria-level="1"]')) marks.phaseMs = performance.now();
    if (marks.effortMs === undefined && view.querySelector('.monaco-list-row[aria-level="3"]')) marks.effortMs = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
})();`;

// `level text [open|closed]` per row: the visible label and description (tooltips are not part of it), and whether a
// row with children is open (a phase open and empty differs from one with its waves shown).
const ROWS = `[...document.querySelectorAll('[id="workbench.view.extension.waveplan"] .monaco-list-row')]
  .map((r) => r.getAttribute('aria-level') + ' ' + [...r.querySelectorAll('.label-name, .label-description')].map((e) => e.textContent.trim()).join(' ')
    + (r.hasAttribute('aria-expanded') ? (r.getAttribute('aria-expanded') === 'true' ? ' [open]' : ' [closed]') : ''))`;

/**
 * One fresh load (a new browser context: no state from earlier loads) of `url`.
 * Resolves with { explorerMs, phaseMs, effortMs, ratio, noProvider, noProviderLate, rows } and saves a screenshot when asked.
 */
async function measureFirstLook(browser, url, { timeoutMs = 90000, screenshot } = {}) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(OBSERVER);
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timeoutMs });
    await page.waitForFunction('window.__waveplanFirstLook.explorerMs !== undefined', null, {
      timeout: timeoutMs,
      polling: 50,
    });
    // What a new user does once the folder is listed: open Waveplan from the activity bar.
    // force: the icon's badge (error count, progress) lies over it and takes the pointer events.
    await page
      .locator('.activitybar .action-item a.action-label[aria-label^="Waveplan"]')
      .first()
      .click({ timeout: timeoutMs, force: true });
    await page.waitForFunction('window.__waveplanFirstLook.effortMs !== undefined', null, {
      timeout: timeoutMs,
      polling: 50,
    });
    const marks = await page.evaluate('window.__waveplanFirstLook');
    // When VS Code had registered every extension's contributions: until then it gives no view its data provider.
    marks.registeredMs = await page.evaluate(`performance.getEntriesByName('code/didLoadExtensions')[0]?.startTime`);
    // Let the tree settle (git status, late files, children VS Code fetches one level at a time) before reading what
    // it shows: the rows are read once they have not changed for 2 s (a busy machine renders slowly).
    let rows = await page.evaluate(ROWS);
    for (let stable = 0, waited = 0; stable < 2000 && waited < 30000; waited += 250) {
      await page.waitForTimeout(250);
      const now = await page.evaluate(ROWS);
      stable = JSON.stringify(now) === JSON.stringify(rows) ? stable + 250 : 0;
      rows = now;
    }
    if (screenshot) await page.screenshot({ path: screenshot });
    return { ...marks, ratio: marks.effortMs / marks.explorerMs, rows };
  } finally {
    await context.close();
  }
}

module.exports = { measureFirstLook };
