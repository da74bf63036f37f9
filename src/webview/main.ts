// STUB — replaced by the graph webview.
export {};
