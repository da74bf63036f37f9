// The graph page. No vscode import (unit-tested as is). Scripts only by nonce; data only in an escaped attribute.
import { randomBytes } from 'crypto';
import type { WebviewConfig } from '../../shared/graphMessages';

export interface GraphHtmlInput {
  /** webview.cspSource */
  cspSource: string;
  /** webview.asWebviewUri(dist/webview.js) as a string */
  scriptUri: string;
  /** webview.asWebviewUri(media/graph.css) as a string */
  styleUri: string;
  nonce: string;
  config: WebviewConfig;
  title: string;
}

export function makeNonce(): string {
  return randomBytes(18).toString('base64');
}

/** Mermaid writes inline `style` attributes and `<style>` into its SVG: styles need 'unsafe-inline', scripts never. */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${cspSource} 'unsafe-inline'`,
    `img-src ${cspSource} data:`,
    `font-src ${cspSource}`,
  ].join('; ');
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function graphHtml(input: GraphHtmlInput): string {
  const attr = escapeHtml;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(contentSecurityPolicy(input.cspSource, input.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attr(input.styleUri)}">
<title>${escapeHtml(input.title)}</title>
</head>
<body data-config="${attr(JSON.stringify(input.config))}">
<script nonce="${attr(input.nonce)}" src="${attr(input.scriptUri)}"></script>
</body>
</html>`;
}
