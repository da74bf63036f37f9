// Preloaded (`node -r bench/peakRss.js …`) into a benchmarked process: writes its peak resident set size in KB
// to the file named by WAVEPLAN_BENCH_RSS_FILE when it exits.
'use strict';
const fs = require('fs');

process.on('exit', () => {
  if (process.env.WAVEPLAN_BENCH_RSS_FILE) fs.writeFileSync(process.env.WAVEPLAN_BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
