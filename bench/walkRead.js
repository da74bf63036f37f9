// Baseline for `npm run bench`: walks a folder synchronously and reads every markdown file as text, nothing else —
// the floor any linter of these files stands on. Run as a process (`node bench/walkRead.js <folder>`), `waveplan lint`
// on the same folder is measured against it; called in-process, in-process inspect+lint is.
'use strict';
const fs = require('fs');
const path = require('path');

/** Reads every `.md` file under root; returns how many and their characters (so the reads cannot be skipped). */
function walkRead(root) {
  const queue = [root];
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
  return { files, chars };
}

if (require.main === module) {
  const { files, chars } = walkRead(process.argv[2]);
  process.stdout.write(`${files} files, ${chars} characters\n`);
}
module.exports = { walkRead };
