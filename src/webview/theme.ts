// Mermaid theme from VS Code's theme kind: the webview body carries vscode-light / vscode-dark /
// vscode-high-contrast / vscode-high-contrast-light and VS Code swaps it live when the user changes theme.
export type ThemeKind = 'light' | 'dark' | 'hc-dark' | 'hc-light';

export function themeKindOf(classes: ArrayLike<string>, dataKind?: string | null): ThemeKind {
  const set = new Set(Array.from(classes));
  if (dataKind) set.add(dataKind);
  if (set.has('vscode-high-contrast-light')) return 'hc-light';
  if (set.has('vscode-high-contrast')) return 'hc-dark';
  if (set.has('vscode-light')) return 'light';
  return 'dark';
}

export interface MermaidTheme {
  theme: 'default' | 'dark' | 'base';
  themeVariables?: Record<string, string>;
}

// Mermaid has no high-contrast theme: 'base' with black/white and VS Code's contrast border colours.
const HC_DARK: Record<string, string> = {
  background: '#000000',
  mainBkg: '#000000',
  primaryColor: '#000000',
  primaryTextColor: '#ffffff',
  primaryBorderColor: '#6fc3df',
  nodeBorder: '#6fc3df',
  lineColor: '#ffffff',
  secondaryColor: '#000000',
  tertiaryColor: '#000000',
  clusterBkg: '#000000',
  clusterBorder: '#f38518',
  edgeLabelBackground: '#000000',
  textColor: '#ffffff',
  titleColor: '#ffffff',
};
const HC_LIGHT: Record<string, string> = {
  background: '#ffffff',
  mainBkg: '#ffffff',
  primaryColor: '#ffffff',
  primaryTextColor: '#000000',
  primaryBorderColor: '#0f4a85',
  nodeBorder: '#0f4a85',
  lineColor: '#000000',
  secondaryColor: '#ffffff',
  tertiaryColor: '#ffffff',
  clusterBkg: '#ffffff',
  clusterBorder: '#b5200d',
  edgeLabelBackground: '#ffffff',
  textColor: '#000000',
  titleColor: '#000000',
};

export function mermaidThemeFor(kind: ThemeKind): MermaidTheme {
  switch (kind) {
    case 'light':
      return { theme: 'default' };
    case 'hc-dark':
      return { theme: 'base', themeVariables: HC_DARK };
    case 'hc-light':
      return { theme: 'base', themeVariables: HC_LIGHT };
    default:
      return { theme: 'dark' };
  }
}

/** Calls onChange with the new kind whenever the body's theme class changes. */
export function observeTheme(body: HTMLElement, onChange: (kind: ThemeKind) => void): () => void {
  let current = themeKindOf(body.classList, body.dataset.vscodeThemeKind);
  const observer = new MutationObserver(() => {
    const next = themeKindOf(body.classList, body.dataset.vscodeThemeKind);
    if (next !== current) {
      current = next;
      onChange(next);
    }
  });
  observer.observe(body, { attributes: true, attributeFilter: ['class', 'data-vscode-theme-kind'] });
  return () => observer.disconnect();
}
