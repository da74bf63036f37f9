// A user's Developer: Reload Window, in a real workbench: open a window on a folder (a fresh browser context, so no
// state from other windows), open Waveplan from the activity bar, wait until its view shows rows or a welcome, then
// reload the page (what Reload Window does in a browser) and report which side bar container VS Code restored once
// it has registered every extension's contributions. Used by the integration suite (bridge action `reloadLook`).
'use strict';

const WAVEPLAN = 'workbench.view.extension.waveplan';

// Runs in the page before the workbench loads (again after the reload): when VS Code's "no data provider" message was
// first and last seen shown in the Waveplan view, in ms from navigation start (the tree keeps hidden message
// elements in the page; only shown ones count).
const OBSERVER = `(() => {
  window.__waveplanNoProvider = false;
  const check = () => {
    const view = document.getElementById(${JSON.stringify(WAVEPLAN)});
    const shown = view && [...view.querySelectorAll('.message')].some(
      (el) => el.offsetParent !== null && (el.textContent || '').includes('no data provider registered'));
    if (!shown) return;
    const now = Math.round(performance.now());
    window.__waveplanNoProvider = { from: window.__waveplanNoProvider.from ?? now, to: now };
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
})();`;

// Evaluated in the page: ids of the side bar's shown view containers, and what the Waveplan one shows.
const SIDEBAR = `(() => {
  const shown = (el) => el && el.offsetParent !== null;
  const containers = [...document.querySelectorAll('.part.sidebar .composite[id]')].filter(shown).map((e) => e.id);
  const view = document.getElementById(${JSON.stringify(WAVEPLAN)});
  const texts = (selector) => (shown(view) ? [...view.querySelectorAll(selector)].filter(shown).map((e) => e.textContent.trim()) : []);
  return {
    containers,
    rows: texts('.monaco-list-row'),
    welcome: texts('.welcome-view-content').join('\\n'),
    messages: texts('.message'),
    registered: performance.getEntriesByName('code/didLoadExtensions').length > 0,
    noProvider: window.__waveplanNoProvider,
  };
})()`;

/**
 * The side bar shows the Waveplan container with rows or a lasting welcome (not the one shown while plans are looked
 * for), or, once every extension is registered and waveplanOnly is false, another container.
 */
const settled = (s, waveplanOnly) =>
  s.containers.length > 0 &&
  (s.containers.includes('workbench.view.extension.waveplan')
    ? s.rows.length > 0 || (s.welcome.length > 0 && !s.welcome.includes('Looking for plans'))
    : !waveplanOnly && s.registered);

async function waitForSidebar(page, waveplanOnly, timeoutMs) {
  await page.waitForFunction(`(${settled.toString()})(${SIDEBAR}, ${waveplanOnly})`, null, {
    timeout: timeoutMs,
    polling: 100,
  });
  return page.evaluate(SIDEBAR);
}

/**
 * Opens url, shows Waveplan, reloads. Resolves with { before, after }: each the side bar's shown containers, the
 * Waveplan view's rows, welcome text and shown messages, and when "no data provider" was first and last shown
 * (false: never). Screenshots are saved when paths are given.
 */
async function measureReload(browser, url, { timeoutMs = 90000, before, after } = {}) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(OBSERVER);
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timeoutMs });
    // force: the icon's badge (error count, progress) lies over it and takes the pointer events.
    await page
      .locator('.activitybar .action-item a.action-label[aria-label^="Waveplan"]')
      .first()
      .click({ timeout: timeoutMs, force: true });
    const first = await waitForSidebar(page, true, timeoutMs);
    if (before) await page.screenshot({ path: before });
    await page.reload({ waitUntil: 'domcontentloaded', timeout: timeoutMs });
    const second = await waitForSidebar(page, false, timeoutMs);
    if (after) await page.screenshot({ path: after });
    return { before: first, after: second };
  } finally {
    await context.close();
  }
}

module.exports = { measureReload };
