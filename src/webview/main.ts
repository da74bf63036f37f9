// Entry of the graph webview bundle (dist/webview.js, Mermaid inside). Settings come from the body's data-config
// attribute (HTML-escaped JSON); the graph itself arrives by postMessage after 'ready'.
import { MERMAID_MAX_EDGES, MERMAID_MAX_TEXT_SIZE } from '../core/mermaid/types';
import type { WebviewConfig } from '../shared/graphMessages';
import { GraphApp } from './graphApp';
import { hostApi } from './vscodeApi';

function readConfig(raw: string | undefined): WebviewConfig {
  const fallback: WebviewConfig = { maxTextSize: MERMAID_MAX_TEXT_SIZE, maxEdges: MERMAID_MAX_EDGES };
  try {
    const parsed = JSON.parse(raw ?? '{}') as Partial<WebviewConfig>;
    return {
      maxTextSize: Number.isInteger(parsed.maxTextSize) ? Number(parsed.maxTextSize) : fallback.maxTextSize,
      maxEdges: Number.isInteger(parsed.maxEdges) ? Number(parsed.maxEdges) : fallback.maxEdges,
    };
  } catch {
    return fallback;
  }
}

new GraphApp(document, hostApi(), readConfig(document.body.dataset.config)).start();
