import type { TemplateVariable } from '../api/templates.ts';
import { sendableMessageSchema } from '../wire/message.ts';
import { renderTemplate } from './render.ts';

/**
 * How a template is checked when it is saved: rendered with its variables' samples (else defaults, else
 * each variable's own name as a stand-in), then read as the message DingTalk would get. The web runs it
 * before saving, so what the server would refuse is said in the reader's language, at its field.
 */
export function renderWithSamples(message: unknown, variables: readonly TemplateVariable[]) {
  const standIns = Object.fromEntries(
    variables.filter((v) => v.sample === '' && v.default === '').map((v) => [v.name, v.name]),
  );
  const rendered = renderTemplate(message, variables, standIns, 'sample');
  return { rendered, parsed: rendered.ok ? sendableMessageSchema.safeParse(rendered.message) : undefined };
}
