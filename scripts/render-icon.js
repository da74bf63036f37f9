#!/usr/bin/env node
// Renders media/icon.svg to media/icon.png (128×128, the Marketplace icon) with Debian's chromium.
'use strict';

const fs = require('fs');
const path = require('path');
const cs = require('./lib/code-server');

async function main() {
  const svg = fs.readFileSync(path.join(cs.REPO, 'media/icon.svg'), 'utf8');
  const browser = await cs.launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
    await page.screenshot({
      path: path.join(cs.REPO, 'media/icon.png'),
      omitBackground: true,
      clip: { x: 0, y: 0, width: 128, height: 128 },
    });
  } finally {
    await browser.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
