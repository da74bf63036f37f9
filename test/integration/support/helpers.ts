// Small utilities for integration tests that run inside the real extension host (code-server or desktop VS Code).
// The `bridge` lets a test ask the runner process (playwright, outside VS Code) to look at or act on the page:
// webview DOM lives in browser frames the extension host cannot reach. Protocol (one JSON file per message):
//   test   writes <dir>/req-<id>.json  {id, action, args}
//   runner writes <dir>/res-<id>.json  {id, ok, result | error}
// <dir> is $WAVEPLAN_BRIDGE_DIR (set by both runners) or <repo>/.vscode-test/bridge; <dir>/run.json says whether
// a runner answers.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'waveplan.waveplan';

/** Repo root: the nearest folder above this bundle (out/test/integration/<feature>/*.js) with a package.json. */
function repoRootAbove(dir: string): string {
  for (let d = dir; path.dirname(d) !== d; d = path.dirname(d))
    if (fs.existsSync(path.join(d, 'package.json'))) return d;
  return path.resolve(dir, '../../..');
}
export const REPO_ROOT = repoRootAbove(__dirname);

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Polls condition until it returns a truthy value (returned) or timeoutMs passes (rejects with message and the
 * last error the condition threw, if any). The condition may be async.
 */
export async function waitFor<T>(
  condition: () => T | Promise<T>,
  timeoutMs = 10_000,
  message = 'condition',
  intervalMs = 50,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await condition();
      if (value) return value as NonNullable<T>;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() >= deadline) {
      const why = lastError instanceof Error ? `; last error: ${lastError.message}` : '';
      throw new Error(`waitFor timed out after ${timeoutMs} ms: ${message}${why}`);
    }
    await sleep(intervalMs);
  }
}

/** The first workspace folder (the fixture workspace the runner opened). */
/**
 * Shows the Waveplan side bar. The workbench re-focuses the element that had focus before; when a refresh has
 * replaced that element, VS Code's own tree throws "Data tree node not found" after the view is already shown.
 * That error is the workbench's, not ours, so it is tolerated here and the view is awaited instead.
 */
export async function showPlanView(): Promise<void> {
  try {
    await vscode.commands.executeCommand('workbench.view.extension.waveplan');
  } catch (err) {
    if (!/Data tree node not found/.test(String(err))) throw err;
  }
}

export function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open');
  return folder;
}

/** Uri of a file inside the fixture workspace. */
export function fixtureUri(relPath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder().uri, ...relPath.split('/'));
}

/** Opens a workspace file in an editor and returns the editor. */
export async function openFixture(
  relPath: string,
  options?: vscode.TextDocumentShowOptions,
): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(relPath));
  return vscode.window.showTextDocument(doc, options);
}

/** Activates the Waveplan extension (if needed) and returns its exports. */
export async function activateWaveplan<T = unknown>(): Promise<T> {
  const ext = vscode.extensions.getExtension<T>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  return ext.isActive ? ext.exports : ext.activate();
}

/**
 * Resolves with the diagnostics of uri once predicate accepts them (checked now and on every
 * languages.onDidChangeDiagnostics for that uri); rejects after timeoutMs with what was last seen.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diags: readonly vscode.Diagnostic[]) => boolean,
  timeoutMs = 15_000,
): Promise<readonly vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const key = uri.toString();
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      sub.dispose();
      fn();
    };
    const check = () => {
      const diags = vscode.languages.getDiagnostics(uri);
      if (predicate(diags)) finish(() => resolve(diags));
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === key)) check();
    });
    const timer = setTimeout(() => {
      const seen = vscode.languages.getDiagnostics(uri).map((d) => `${d.code ?? ''} ${d.message}`.trim());
      finish(() =>
        reject(
          new Error(
            `diagnostics for ${uri.fsPath} did not match within ${timeoutMs} ms; last: ${JSON.stringify(seen)}`,
          ),
        ),
      );
    }, timeoutMs);
    check();
  });
}

// ---- runner configuration and the bridge to the runner -------------------------------------------------------

export interface RunConfig {
  /** Which runner started this suite: 'code-server' (playwright bridge available) or 'electron'. */
  runner?: string;
  /** True when a runner process answers bridge requests. */
  bridge?: boolean;
  /** Mocha grep (also from $WAVEPLAN_TEST_GREP). */
  grep?: string;
}

export function bridgeDir(): string {
  return process.env.WAVEPLAN_BRIDGE_DIR || path.join(REPO_ROOT, '.vscode-test', 'bridge');
}

/** The runner's run.json (written before VS Code starts); env variables win where both are set. */
export function runConfig(): RunConfig {
  let config: RunConfig = {};
  try {
    config = JSON.parse(fs.readFileSync(path.join(bridgeDir(), 'run.json'), 'utf8')) as RunConfig;
  } catch {
    // No runner file: e.g. a suite started by hand from a desktop VS Code launch config.
  }
  if (process.env.WAVEPLAN_TEST_GREP) config.grep = process.env.WAVEPLAN_TEST_GREP;
  return config;
}

/** Text of every frame whose document contains `has`, in frame order. */
export interface FrameTextResult {
  frames: number;
  texts: string[];
  text: string;
}

let requestCounter = 0;

export const bridge = {
  /** True when a runner answers requests (code-server runner); tests needing the page should skip otherwise. */
  available(): boolean {
    return runConfig().bridge === true;
  },

  /** Sends one request to the runner and waits for its answer. Actions: see scripts/lib/bridge.js. */
  async request<T = unknown>(action: string, args: Record<string, unknown> = {}, timeoutMs = 30_000): Promise<T> {
    if (!bridge.available())
      throw new Error(`bridge.request('${action}'): no runner answers bridge requests in this run`);
    const dir = bridgeDir();
    const id = `${process.pid}-${Date.now()}-${++requestCounter}`;
    const reqFile = path.join(dir, `req-${id}.json`);
    const resFile = path.join(dir, `res-${id}.json`);
    // Write then rename, so the runner never reads half a request.
    fs.writeFileSync(`${reqFile}.tmp`, JSON.stringify({ id, action, args }));
    fs.renameSync(`${reqFile}.tmp`, reqFile);
    const raw = await waitFor(
      () => (fs.existsSync(resFile) ? fs.readFileSync(resFile, 'utf8') : undefined),
      timeoutMs,
      `bridge answer to '${action}'`,
      25,
    );
    fs.rmSync(resFile, { force: true });
    const res = JSON.parse(raw) as { ok: boolean; result?: T; error?: string };
    if (!res.ok) throw new Error(`bridge '${action}' failed: ${res.error}`);
    return res.result as T;
  },

  /** Concatenated textContent of all frames (webviews included) whose document contains selector `has`. */
  frameText(has = 'svg'): Promise<FrameTextResult> {
    return bridge.request<FrameTextResult>('frameText', { has });
  },

  /** Waits (runner side) until some frame contains `has`; resolves with that frame's text. */
  waitForFrame(has = 'svg', timeoutMs = 20_000): Promise<{ text: string; url: string }> {
    return bridge.request('waitForFrame', { has, timeoutMs }, timeoutMs + 10_000);
  },

  /** Clicks the first element matching selector inside frames that contain `has` (default: any frame). */
  clickInFrame(selector: string, has?: string): Promise<{ url: string }> {
    return bridge.request('clickInFrame', { selector, has });
  },

  /** Moves the pointer over the first element matching selector in a frame containing `has` (hover styles). */
  hover(selector: string, has?: string): Promise<{ url: string }> {
    return bridge.request('hoverInFrame', { selector, has });
  },

  /** Evaluates a JS expression in every frame that contains `has`; returns the JSON-able results. */
  evalInFrames<T = unknown>(expression: string, has?: string): Promise<T[]> {
    return bridge.request<T[]>('evalInFrames', { expression, has });
  },

  /** textContent of every workbench element (main page) matching selector, e.g. '.statusbar-item'. */
  pageText(selector: string): Promise<string[]> {
    return bridge.request<string[]>('pageText', { selector });
  },

  /** Presses a key (playwright syntax, e.g. 'F1', 'Escape', 'Control+Shift+P') in the workbench page. */
  press(key: string): Promise<void> {
    return bridge.request<void>('press', { key });
  },

  /** Saves a full-page screenshot as test-results/<name>.png; resolves with its absolute path. */
  screenshot(name: string): Promise<string> {
    return bridge.request<string>('screenshot', { name });
  },
};

/** Adds (present) or removes a workspace folder and waits until VS Code reports the change; no-op if already so. */
export async function setWorkspaceFolder(dir: string, present: boolean): Promise<void> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const at = folders.findIndex((f) => f.uri.fsPath === dir);
  if (present === at >= 0) return;
  const changed = new Promise<void>((resolve) => {
    const sub = vscode.workspace.onDidChangeWorkspaceFolders(() => {
      sub.dispose();
      resolve();
    });
  });
  assert.ok(
    present
      ? vscode.workspace.updateWorkspaceFolders(folders.length, 0, { uri: vscode.Uri.file(dir) })
      : vscode.workspace.updateWorkspaceFolders(at, 1),
  );
  await changed;
}
