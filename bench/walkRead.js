// Baseline process for `npm run bench`: walks a folder synchronously and reads every markdown file, nothing else.
// `waveplan lint` on the same folder is measured against it (the floor any linter of these files stands on).
'use strict';
const fs = require('fs');
const path = require('path');

const queue = [process.argv[2]];
let files = 0;
let chars = 0;
while (queue.length) {
  const dir = queue.pop();
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) queue.push(full);
    else if (entry.name.endsWith('.md')) {
      chars += fs.readFileSync(full, 'utf8').length;
      files++;
    }
  }
}
process.stdout.write(`${files} files, ${chars} characters\n`);
