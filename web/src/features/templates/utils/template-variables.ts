import {
  findPlaceholders,
  isOverSizeLimit,
  renderTemplate,
  sendableMessageSchema,
  type DingtalkMessage,
  type Template,
  type TemplateValues,
  type TemplateVariable,
} from '@dingpost/shared';

export interface EditableVariable extends TemplateVariable {
  /** Declared but no longer used by any {{placeholder}} in the message. */
  unused: boolean;
}

/**
 * One entry per {{placeholder}} the message uses, in order of first use, keeping what was declared for it;
 * then the declared variables the message no longer uses, flagged, so the user decides whether to drop them.
 */
export function editableVariables(message: unknown, declared: readonly TemplateVariable[]): EditableVariable[] {
  const byName = new Map(declared.map((v) => [v.name, v]));
  const used = findPlaceholders(message);
  const usedSet = new Set(used);
  return [
    ...used.map((name) => ({ ...(byName.get(name) ?? { name, label: '', default: '', sample: '' }), unused: false })),
    ...declared.filter((v) => !usedSet.has(v.name)).map((v) => ({ ...v, unused: true })),
  ];
}

/** What a variable is called where people fill it in: the label its author gave it, else its name. */
export function variableLabel(variable: Pick<TemplateVariable, 'name' | 'label'>): string {
  return variable.label.trim() || variable.name;
}

/** The labels of the variables named, in that order (a name no variable declares stands for itself). */
export function variableLabels(variables: readonly TemplateVariable[], names: readonly string[]): string[] {
  const byName = new Map(variables.map((v) => [v.name, v]));
  return names.map((name) => variableLabel(byName.get(name) ?? { name, label: '' }));
}

export type Rendered =
  | { ok: true; message: DingtalkMessage }
  | { ok: false; missing: string[] }
  | { ok: false; tooLong: true }
  | { ok: false; invalid: { path: string; message: string }[] };

/**
 * The template's message with these values (the rest from each variable's default, or its sample when
 * previewing), checked against the wire format the way the server will check it before sending.
 */
export function renderForPreview(
  template: Pick<Template, 'message' | 'variables'>,
  values: TemplateValues,
  fallback: 'default' | 'sample',
): Rendered {
  const rendered = renderTemplate(template.message, template.variables, values, fallback);
  if (!rendered.ok) return 'tooLong' in rendered ? rendered : { ok: false, missing: rendered.missing };
  const parsed = sendableMessageSchema.safeParse(rendered.message);
  if (!parsed.success && isOverSizeLimit(parsed.error)) return { ok: false, tooLong: true };
  if (!parsed.success)
    return {
      ok: false,
      invalid: parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
    };
  return { ok: true, message: parsed.data };
}

/** Whether a template's name or description contains every word of the query, ignoring case. */
export function matchesSearch(template: Pick<Template, 'name' | 'description'>, query: string): boolean {
  const haystack = `${template.name}\n${template.description}`.toLocaleLowerCase();
  return query
    .toLocaleLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

/** Values to send: only the ones the user filled in, so an emptied field falls back to the default. */
export function valuesToSend(values: TemplateValues): TemplateValues {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ''));
}
