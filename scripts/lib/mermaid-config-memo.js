// esbuild plugin: Mermaid's getConfig() deep-copies its whole config on every call, once per node and per edge,
// which is ~36% of Mermaid's own time on a 300-effort graph. This memoizes the copy until the config changes
// (every render resets it first, so a copy never outlives one render). The SVG stays byte-identical to an
// unpatched render (test/unit/webview.mermaidMemo.test.ts). A Mermaid upgrade that changes the code fails the build.
'use strict';

const fs = require('fs');

const CHUNK = /[\\/]mermaid[\\/]dist[\\/]chunks[\\/]mermaid\.core[\\/]chunk-[^\\/]+\.mjs$/;
const GET_CONFIG =
  /var getConfig = (\/\* @__PURE__ \*\/ )?__name\(\(\) => \{\n {2}return assignWithDepth_default\(\{\}, currentConfig\);\n\}, "getConfig"\);/;
const SET_CURRENT = '  currentConfig = cfg;\n';

function patchMermaidSource(source) {
  if (!GET_CONFIG.test(source) || source.split(SET_CURRENT).length !== 2) return undefined;
  return source
    .replace(
      GET_CONFIG,
      'var waveplanConfigCopy;\nvar getConfig = /* @__PURE__ */ __name(() => {\n  return waveplanConfigCopy ??= assignWithDepth_default({}, currentConfig);\n}, "getConfig");',
    )
    .replace(SET_CURRENT, '  currentConfig = cfg;\n  waveplanConfigCopy = void 0;\n');
}

function mermaidConfigMemo() {
  return {
    name: 'mermaid-config-memo',
    setup(build) {
      let patched = 0;
      build.onStart(() => {
        patched = 0;
      });
      build.onLoad({ filter: CHUNK }, (args) => {
        const source = fs.readFileSync(args.path, 'utf8');
        if (!source.includes('var getConfig = ')) return undefined;
        const out = patchMermaidSource(source);
        if (out === undefined)
          return {
            errors: [
              {
                text: `mermaid-config-memo: ${args.path} no longer has the getConfig this patch expects (Mermaid upgraded?)`,
              },
            ],
          };
        patched++;
        return { contents: out, loader: 'js' };
      });
      build.onEnd((result) => {
        if (result.errors.length === 0 && patched !== 1) {
          result.errors.push({
            text: `mermaid-config-memo: patched ${patched} Mermaid chunks, expected exactly 1 (Mermaid upgraded?)`,
          });
        }
      });
    },
  };
}

module.exports = { mermaidConfigMemo, patchMermaidSource };
