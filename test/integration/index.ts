// The extensionTestsPath module: the extension host calls run() once the workbench is up. Every
// test/integration/*.test.ts is its own esbuild bundle next to this one (out/test/integration/*.test.js);
// mocha is bundled in here. Output goes through console.log, which the runner receives (codeAutomationLog
// under code-server, stdout under desktop VS Code); the RESULTS_MARKER line is machine-readable for the runners.
import * as fs from 'fs';
import * as path from 'path';
import { format } from 'util';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { bridgeDir, runConfig } from './support/helpers';

/** Marker of the line the runners parse for the pass/fail counts. */
export const RESULTS_MARKER = '[waveplan-results]';
/**
 * Invisible prefix on the suite's own output. Under code-server the workbench's log lines arrive through the same
 * channel (codeAutomationLog) as the extension host's console; this is how the runner tells them apart. (The
 * extension host does not let anyone replace console methods, so the mark is added here, not by patching console.)
 */
export const TEST_OUTPUT_MARK = '\u2063';

/** console.log with the mark, printf-style like console.log. */
function out(...args: unknown[]): void {
  console.log(TEST_OUTPUT_MARK + format(...args));
}

/** Also leaves the counts in <bridge dir>/results.json: runners whose console output is not parseable read that. */
function writeResultsFile(results: object): void {
  try {
    fs.mkdirSync(bridgeDir(), { recursive: true });
    fs.writeFileSync(path.join(bridgeDir(), 'results.json'), JSON.stringify(results));
  } catch (err) {
    out('could not write results.json: %s', err);
  }
}

export function run(): Promise<void> {
  const { grep } = runConfig();
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, slow: 5_000, reporter: 'spec' });
  // Reporters print through Base.consoleLog (console.log captured when mocha loaded): mark their output.
  Mocha.reporters.Base.consoleLog = out;
  if (grep) mocha.grep(grep);
  // Suites live in feature folders; they run in the order of their file names, whatever folder holds them.
  const files = fs
    .readdirSync(__dirname, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.js'))
    .sort((a, b) => path.basename(a).localeCompare(path.basename(b), 'en'));
  for (const file of files) mocha.addFile(path.join(__dirname, file));
  out(
    `running ${files.length} test file(s) in VS Code ${vscode.version} (${vscode.env.appName}, Node ${process.versions.node})${grep ? `, grep: ${grep}` : ''}`,
  );

  return new Promise<void>((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const stats = runner.stats ?? { passes: 0, failures, pending: 0, tests: 0, duration: 0 };
        const results = {
          passed: stats.passes,
          failed: stats.failures,
          pending: stats.pending,
          files: files.length,
          durationMs: stats.duration,
        };
        out(`${RESULTS_MARKER} ${JSON.stringify(results)}`);
        writeResultsFile(results);
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
        else resolve();
      });
    } catch (err) {
      out('mocha could not run: %s', err instanceof Error ? err.stack : err);
      reject(err);
    }
  });
}
