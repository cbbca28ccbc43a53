import type { TemplateValues, TemplateVariable } from '../api/templates.ts';

const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

function walkStrings(value: unknown, visit: (text: string) => string): unknown {
  if (typeof value === 'string') return visit(value);
  if (Array.isArray(value)) return value.map((item) => walkStrings(item, visit));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walkStrings(item, visit)]));
  return value;
}

/** Names of the {{placeholders}} used anywhere in a message, in order of first use. */
export function findPlaceholders(message: unknown): string[] {
  const names = new Set<string>();
  walkStrings(message, (text) => {
    for (const match of text.matchAll(PLACEHOLDER)) names.add(match[1]!);
    return text;
  });
  return [...names];
}

export type RenderResult = { ok: true; message: unknown } | { ok: false; missing: string[]; unknown: string[] };

/**
 * Replaces every {{name}} with its value: given values first, then the variable's default.
 * A placeholder with no declared variable, or a variable with neither value nor default, is an error.
 */
export function renderTemplate(
  message: unknown,
  variables: readonly TemplateVariable[],
  values: TemplateValues,
  fallback: 'default' | 'sample' = 'default',
): RenderResult {
  const declared = new Map(variables.map((v) => [v.name, v]));
  const unknown = Object.keys(values).filter((name) => !declared.has(name));
  const missing = new Set<string>();
  const resolve = (name: string): string | undefined => {
    const variable = declared.get(name);
    if (!variable) return undefined;
    if (values[name] !== undefined) return values[name];
    const backup = fallback === 'sample' ? variable.sample || variable.default : variable.default;
    return backup === '' ? undefined : backup;
  };
  const rendered = walkStrings(message, (text) =>
    text.replace(PLACEHOLDER, (whole, name: string) => {
      const value = resolve(name);
      if (value === undefined) {
        missing.add(name);
        return whole;
      }
      return value;
    }),
  );
  if (missing.size > 0 || unknown.length > 0) return { ok: false, missing: [...missing], unknown };
  return { ok: true, message: rendered };
}
