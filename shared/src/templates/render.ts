import { VARIABLE_NAME, type TemplateValues, type TemplateVariable } from '../api/templates.ts';
import { MAX_BODY_BYTES } from '../wire/limits.ts';

const PLACEHOLDER = new RegExp(String.raw`\{\{\s*(${VARIABLE_NAME})\s*\}\}`, 'gu');
const WHOLE_PLACEHOLDER = new RegExp(`^${PLACEHOLDER.source}$`, 'u');
/** Whatever is written between {{ and }}: a placeholder, or one mistyped ({{who-2}}, {{}}). */
const BRACES = /\{\{[^{}]*\}\}/g;

/**
 * The strings of a message DingTalk accepts hold at most this many UTF-16 units in all: each unit is at
 * least one byte of the body. Rendering stops past it, so a value repeated by many placeholders cannot
 * build a string of hundreds of megabytes (or past V8's limit) before the size check refuses it.
 */
export const MAX_RENDERED_UNITS = MAX_BODY_BYTES;

function walkStrings(value: unknown, visit: (text: string) => string): unknown {
  if (typeof value === 'string') return visit(value);
  if (Array.isArray(value)) return value.map((item) => walkStrings(item, visit));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walkStrings(item, visit)]));
  return value;
}

/** A {{…}} in a message: where it is, as written, and the variable it names (null: not a placeholder). */
export type PlaceholderUse = { path: PropertyKey[]; text: string; name: string | null };

/** Every {{…}} in the message's strings, in order. */
export function placeholderUses(message: unknown, path: PropertyKey[] = [], out: PlaceholderUse[] = []) {
  if (typeof message === 'string')
    for (const [text] of message.matchAll(BRACES)) {
      const placeholder = WHOLE_PLACEHOLDER.exec(text);
      out.push({ path, text, name: placeholder ? placeholder[1]! : null });
    }
  else if (Array.isArray(message)) message.forEach((item, i) => placeholderUses(item, [...path, i], out));
  else if (message !== null && typeof message === 'object')
    for (const [key, item] of Object.entries(message)) placeholderUses(item, [...path, key], out);
  return out;
}

/** Names of the {{placeholders}} used anywhere in a message, in order of first use. */
export function findPlaceholders(message: unknown): string[] {
  return [...new Set(placeholderUses(message).flatMap((use) => (use.name === null ? [] : [use.name])))];
}

export type RenderResult =
  | { ok: true; message: unknown }
  | { ok: false; missing: string[]; unknown: string[] }
  /** The rendered strings passed MAX_RENDERED_UNITS: whatever else it holds, DingTalk would refuse the message. */
  | { ok: false; tooLong: true };

/**
 * Replaces every {{name}} with its value: given values first, then the variable's default.
 * A placeholder with no declared variable, or a variable with neither value nor default, is an error;
 * so is a message whose strings would pass MAX_RENDERED_UNITS (reported after the variables' errors).
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
    // Own values only: `constructor` or `toString` must not find Object's.
    if (Object.hasOwn(values, name) && values[name] !== undefined) return values[name];
    const backup = fallback === 'sample' ? variable.sample || variable.default : variable.default;
    return backup === '' ? undefined : backup;
  };
  let units = 0;
  const fill = (text: string): string => {
    let filled = '';
    let from = 0;
    const append = (piece: string) => {
      units += piece.length;
      if (units <= MAX_RENDERED_UNITS) filled += piece;
    };
    for (const match of text.matchAll(PLACEHOLDER)) {
      const value = resolve(match[1]!);
      if (value === undefined) missing.add(match[1]!);
      append(text.slice(from, match.index));
      append(value ?? match[0]);
      from = match.index + match[0].length;
    }
    append(text.slice(from));
    return filled;
  };
  const rendered = walkStrings(message, fill);
  if (missing.size > 0 || unknown.length > 0) return { ok: false, missing: [...missing], unknown };
  if (units > MAX_RENDERED_UNITS) return { ok: false, tooLong: true };
  return { ok: true, message: rendered };
}
