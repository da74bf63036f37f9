// Module boundaries, checked by `npm run lint` (dependency-cruiser): what may import what, and no cycles.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', comment: 'Import cycles hide the design and break lazy loading.',
      from: {}, to: { circular: true } },
    { name: 'core-is-pure', severity: 'error', comment: 'src/core is the engine: it never imports the CLI, the extension, the webview or vscode.',
      from: { path: '^src/core/' }, to: { path: ['^src/(cli|extension|webview|shared)/', '^vscode$'] } },
    { name: 'cli-without-editor', severity: 'error', comment: 'The CLI runs on plain Node: no extension, webview or vscode.',
      from: { path: '^src/cli/' }, to: { path: ['^src/(extension|webview)/', '^vscode$'] } },
    { name: 'webview-own-folder', severity: 'error', comment: 'The webview talks to the host only through src/shared messages.',
      from: { path: '^src/webview/' }, to: { path: '^src/', pathNot: ['^src/(webview|shared)/', '^src/core/mermaid/types\\.ts$'] } },
    { name: 'shared-is-protocol', severity: 'error', comment: 'src/shared holds message types only.',
      from: { path: '^src/shared/' }, to: { path: '^src/', pathNot: ['^src/shared/', '^src/core/mermaid/types\\.ts$'] } },
    { name: 'tests-do-not-ship', severity: 'error', from: { path: '^src/' }, to: { path: '^(test|bench)/' } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^node_modules', '^dist', '^out'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js', '.json'] },
  },
};
