#!/usr/bin/env node
// Copies the README screenshots the integration suite made (test-results/readme-*.png) to docs/screenshots/.
'use strict';

const fs = require('fs');
const path = require('path');

const REPO = path.resolve(__dirname, '..');
const from = path.join(REPO, 'test-results');
const to = path.join(REPO, 'docs/screenshots');
fs.mkdirSync(to, { recursive: true });
const shots = fs.readdirSync(from).filter((f) => /^readme-.*\.png$/.test(f));
if (!shots.length)
  throw new Error('no test-results/readme-*.png: run the "README screenshots" integration tests first');
for (const f of shots) fs.copyFileSync(path.join(from, f), path.join(to, f.slice('readme-'.length)));
console.log(`copied ${shots.map((f) => f.slice('readme-'.length)).join(', ')} to docs/screenshots/`);
