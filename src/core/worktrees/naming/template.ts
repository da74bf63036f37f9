// `{placeholder}` templates for branch names and folders. A missing or unknown placeholder is an error, never "".

export class TemplateError extends Error {
  override readonly name = 'TemplateError';
  /** The placeholder (normalised, `effort_number`) whose value is missing; undefined for an unknown placeholder. */
  readonly missing?: string;

  constructor(message: string, missing?: string) {
    super(message);
    if (missing) this.missing = missing;
  }
}

const PLACEHOLDER = /\{([A-Za-z_-]+)\}/g;

export function expandTemplate(template: string, vars: Record<string, string | undefined>, what: string): string {
  return template.replace(PLACEHOLDER, (_m, raw: string) => {
    const key = raw.replace(/-/g, '_').toLowerCase();
    if (!(key in vars))
      throw new TemplateError(
        `${what}: unknown placeholder {${raw}} in "${template}" (known: ${Object.keys(vars)
          .map((k) => `{${k}}`)
          .join(', ')})`,
      );
    const value = vars[key];
    if (value === undefined || value === '')
      throw new TemplateError(`${what}: "${template}" uses {${raw}} but it has no value`, key);
    return value;
  });
}

/** A regex that recognises names a template produces (numbers for phase/wave, one path part for the rest). */
export function templateRegExp(template: string, fixed: Record<string, string> = {}): RegExp {
  let source = '';
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    source += escapeRe(template.slice(last, m.index));
    const key = m[1].replace(/-/g, '_').toLowerCase();
    source += key in fixed ? escapeRe(fixed[key]) : /^(phase|wave|effort_number|index|n)$/.test(key) ? '\\d+' : '[^/]+';
    last = (m.index ?? 0) + m[0].length;
  }
  source += escapeRe(template.slice(last));
  return new RegExp(`^${source}(?:-{1,2}split-\\d+)?$`);
}

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
