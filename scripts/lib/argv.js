'use strict';
// Command-line options of the scripts: `--name value`, the value after the flag or a fallback.

/** The value after `name` in process.argv, or `fallback` when the flag or its value is missing. */
function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

module.exports = { option };
