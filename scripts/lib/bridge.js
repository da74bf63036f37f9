// Runner side of the test bridge (client: test/integration/helpers.ts). Integration tests run in the extension
// host and cannot see the browser page; they drop `req-<id>.json` files into the bridge dir, this poller runs the
// named action against the playwright page and answers with `res-<id>.json` (written then renamed: atomic).
'use strict';

const fs = require('fs');
const path = require('path');
const { folderUrl } = require('./code-server');
const { measureFirstLook } = require('./firstLook');
const { measureReload } = require('./reloadLook');

const POLL_MS = 50;
// Evaluated inside the page, so written as source text (the browser has `document`, this file does not).
const BODY_TEXT = "document.body ? document.body.textContent || '' : ''";

/**
 * Child frames (webviews; the workbench page itself is left out, see pageText/evalInPage) whose document contains
 * `has`, or all child frames when has is empty. Frames detached while we look are skipped.
 */
async function framesWith(page, has) {
  const matches = [];
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    try {
      if (!has || (await frame.evaluate(`!!document.querySelector(${JSON.stringify(has)})`))) matches.push(frame);
    } catch {
      // Frame navigated or detached while we looked: not a match.
    }
  }
  return matches;
}

async function frameTexts(page, has) {
  const texts = [];
  for (const frame of await framesWith(page, has)) {
    try {
      texts.push({ url: frame.url(), text: await frame.evaluate(BODY_TEXT) });
    } catch {
      // Detached meanwhile.
    }
  }
  return texts;
}

/** name -> async (page, args, ctx) => JSON-able result */
const ACTIONS = {
  ping: async () => 'pong',

  frames: async (page) => page.frames().map((f) => ({ url: f.url(), name: f.name() })),

  frameText: async (page, { has = 'svg' }) => {
    const texts = await frameTexts(page, has);
    return { frames: texts.length, texts: texts.map((t) => t.text), text: texts.map((t) => t.text).join('\n') };
  },

  waitForFrame: async (page, { has = 'svg', timeoutMs = 20000 }) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const texts = await frameTexts(page, has);
      if (texts.length) return texts[0];
      if (Date.now() > deadline) throw new Error(`no frame contains '${has}' after ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  },

  clickInFrame: async (page, { selector, has }) => {
    if (!selector) throw new Error('clickInFrame needs a selector');
    for (const frame of await framesWith(page, has)) {
      const target = frame.locator(selector).first();
      if ((await target.count()) > 0) {
        await target.click({ timeout: 5000 });
        return { url: frame.url() };
      }
    }
    throw new Error(`no frame${has ? ` containing '${has}'` : ''} has '${selector}'`);
  },

  // Moves the pointer over an element (hover styles apply) without clicking it.
  hoverInFrame: async (page, { selector, has }) => {
    if (!selector) throw new Error('hoverInFrame needs a selector');
    for (const frame of await framesWith(page, has)) {
      const target = frame.locator(selector).first();
      if ((await target.count()) > 0) {
        await target.hover({ timeout: 5000 });
        return { url: frame.url() };
      }
    }
    throw new Error(`no frame${has ? ` containing '${has}'` : ''} has '${selector}'`);
  },

  evalInFrames: async (page, { expression, has }) => {
    if (typeof expression !== 'string') throw new Error('evalInFrames needs an expression string');
    const results = [];
    for (const frame of await framesWith(page, has)) results.push(await frame.evaluate(expression));
    return results;
  },

  consoleErrors: async (page, args, ctx) => ctx.consoleErrors.splice(0),

  evalInPage: async (page, { expression }) => page.evaluate(expression),

  pageText: async (page, { selector }) => page.locator(selector).allTextContents(),

  click: async (page, { selector }) => {
    await page.locator(selector).first().click({ timeout: 5000 });
    return null;
  },

  press: async (page, { key }) => {
    await page.keyboard.press(key);
    return null;
  },

  type: async (page, { text }) => {
    await page.keyboard.type(text);
    return null;
  },

  // A new user's first look at `folder`: a fresh window (own browser context) on the same server, with Waveplan as
  // installed (the runner links the repo into the extensions folder), timed by lib/firstLook.js.
  firstLook: async (page, { folder, screenshot }, ctx) => {
    if (typeof folder !== 'string' || !path.isAbsolute(folder)) throw new Error('firstLook needs an absolute folder');
    const url = folderUrl(new URL(page.url()).origin, folder);
    const shot = screenshot
      ? path.join(ctx.screenshotDir, `${String(screenshot).replace(/[^\w.-]+/g, '_')}.png`)
      : undefined;
    return measureFirstLook(page.context().browser(), url, { screenshot: shot });
  },

  // Developer: Reload Window with the Waveplan view open, in a fresh window on `folder` (lib/reloadLook.js).
  reloadLook: async (page, { folder, screenshot }, ctx) => {
    if (typeof folder !== 'string' || !path.isAbsolute(folder)) throw new Error('reloadLook needs an absolute folder');
    const shot = (when) =>
      screenshot
        ? path.join(ctx.screenshotDir, `${String(screenshot).replace(/[^\w.-]+/g, '_')}-${when}.png`)
        : undefined;
    return measureReload(page.context().browser(), folderUrl(new URL(page.url()).origin, folder), {
      before: shot('before'),
      after: shot('after'),
    });
  },

  screenshot: async (page, { name }, ctx) => {
    const safe = String(name || 'screenshot')
      .replace(/[^\w.-]+/g, '_')
      .replace(/\.png$/, '');
    const file = path.join(ctx.screenshotDir, `${safe}.png`);
    fs.mkdirSync(ctx.screenshotDir, { recursive: true });
    await page.screenshot({ path: file, fullPage: true });
    return file;
  },
};

class BridgeServer {
  /** @param {{ dir: string, page: import('playwright-core').Page, screenshotDir: string, log?: (msg: string) => void }} opts */
  constructor(opts) {
    this.opts = opts;
    this.running = false;
    this.loop = null;
  }

  start() {
    // Console errors of the workbench page since the last `consoleErrors` request.
    this.opts.consoleErrors = [];
    this.opts.page.on('console', (msg) => {
      if (msg.type() === 'error') this.opts.consoleErrors.push(msg.text());
    });
    this.running = true;
    this.loop = this.pollLoop();
  }

  async stop() {
    this.running = false;
    await this.loop;
  }

  async pollLoop() {
    while (this.running) {
      let names = [];
      try {
        names = fs
          .readdirSync(this.opts.dir)
          .filter((n) => n.startsWith('req-') && n.endsWith('.json'))
          .sort();
      } catch {
        // Directory briefly missing: try again next tick.
      }
      for (const name of names) await this.handle(name);
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  }

  async handle(name) {
    const { dir, page, log } = this.opts;
    const reqFile = path.join(dir, name);
    let req;
    try {
      req = JSON.parse(fs.readFileSync(reqFile, 'utf8'));
    } catch (err) {
      req = { id: name.slice(4, -5), action: '?', parseError: err.message };
    }
    fs.rmSync(reqFile, { force: true });
    let res;
    try {
      if (req.parseError) throw new Error(`unreadable request: ${req.parseError}`);
      const action = ACTIONS[req.action];
      if (!action) throw new Error(`unknown action '${req.action}' (known: ${Object.keys(ACTIONS).join(', ')})`);
      res = { id: req.id, ok: true, result: await action(page, req.args || {}, this.opts) };
    } catch (err) {
      res = { id: req.id, ok: false, error: err && err.message ? err.message : String(err) };
    }
    if (log) log(`bridge ${req.action} -> ${res.ok ? 'ok' : `error: ${res.error}`}`);
    const resFile = path.join(dir, `res-${req.id}.json`);
    fs.writeFileSync(`${resFile}.tmp`, JSON.stringify(res));
    fs.renameSync(`${resFile}.tmp`, resFile);
  }
}

module.exports = { BridgeServer, ACTIONS };
