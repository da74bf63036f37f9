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

// Mermaid has no high-contrast theme: 'base' with the theme's own colours. Text and nodes take the editor's
// foreground, wave boxes the theme's contrast border (never a colour that means a finding: HC Light's active border is
// red), every fill the editor background. The defaults are VS Code's built-in high-contrast colours.
const HC_DEFAULTS = {
  'hc-dark': { background: '#000000', foreground: '#ffffff', border: '#6fc3df' },
  'hc-light': { background: '#ffffff', foreground: '#000000', border: '#0f4a85' },
} as const;

/** The theme's value of a `--vscode-*` colour, or undefined where the theme leaves it unset. */
export type ThemeColour = (name: string) => string | undefined;

function highContrast(kind: 'hc-dark' | 'hc-light', colour: ThemeColour): Record<string, string> {
  const d = HC_DEFAULTS[kind];
  const background = colour('--vscode-editor-background') ?? d.background;
  const foreground = colour('--vscode-editor-foreground') ?? colour('--vscode-foreground') ?? d.foreground;
  const border = colour('--vscode-contrastBorder') ?? d.border;
  return {
    background,
    mainBkg: background,
    primaryColor: background,
    primaryTextColor: foreground,
    primaryBorderColor: foreground,
    nodeBorder: foreground,
    lineColor: foreground,
    secondaryColor: background,
    tertiaryColor: background,
    clusterBkg: background,
    clusterBorder: border,
    edgeLabelBackground: background,
    textColor: foreground,
    titleColor: foreground,
  };
}

export function mermaidThemeFor(kind: ThemeKind, colour: ThemeColour = () => undefined): MermaidTheme {
  switch (kind) {
    case 'light':
      return { theme: 'default' };
    case 'hc-dark':
    case 'hc-light':
      return { theme: 'base', themeVariables: highContrast(kind, colour) };
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
