import {
  issuePath,
  MAX_BODY_BYTES,
  placeholderUses,
  renderTemplate,
  renderWithSamples,
  sendableMessageSchema,
  type ApiIssue,
  type DingtalkMessage,
  type TemplateValues,
  type TemplateVariable,
} from '@dingpost/shared';
import { ApiException, invalid, refused } from '../../http/errors.ts';

/**
 * A template must render to a message DingTalk accepts. Checked by rendering it with each variable's
 * sample (else default, else its own name as a stand-in) and validating the wire format, so errors carry
 * the field paths of the message ("message.link.messageUrl"). Throws a 400 listing every problem.
 */
export function checkTemplate(message: unknown, variables: readonly TemplateVariable[]): void {
  const issues: ApiIssue[] = [];
  const seen = new Set<string>();
  variables.forEach((variable, i) => {
    if (seen.has(variable.name))
      issues.push({ path: `variables.${i}.name`, message: `The variable ${variable.name} is declared twice` });
    seen.add(variable.name);
  });
  const uses = placeholderUses(message);
  const mistyped = uses.filter((use) => use.name === null);
  if (mistyped.length > 0)
    throw invalid(
      `The message holds ${mistyped.map((use) => use.text).join(', ')}, which a variable cannot be written as`,
      mistyped.map((use) => ({
        path: issuePath(['message', ...use.path]),
        message: `${use.text} is not a placeholder: a variable's name is letters, digits and _, not starting with a digit, as in {{name}}`,
        code: 'not_a_placeholder',
        params: { text: use.text },
      })),
    );
  const undeclared = uses.filter(
    (use): use is typeof use & { name: string } => use.name !== null && !seen.has(use.name),
  );
  for (const use of undeclared)
    issues.push({
      path: issuePath(['message', ...use.path]),
      message: `{{${use.name}}} is not a declared variable: add it to the variables or remove it`,
    });
  if (undeclared.length > 0) {
    const names = [...new Set(undeclared.map((use) => use.name))].join(', ');
    throw invalid(`The message uses undeclared variables: ${names}`, issues);
  }
  if (issues.length > 0) throw invalid('Each variable may be declared once', issues);

  const { rendered, parsed } = renderWithSamples(message, variables);
  if (!rendered.ok && 'tooLong' in rendered) throw tooLong('With its sample values the template');
  if (!parsed) throw new Error('Every placeholder was declared, yet rendering failed');
  if (!parsed.success)
    throw refused(
      'With its sample values the template does not render to a message DingTalk accepts',
      parsed.error,
      'message',
    );
}

function tooLong(what: string): ApiException {
  return new ApiException(
    400,
    'message_too_long',
    `${what} renders to a message over DingTalk's limit of ${MAX_BODY_BYTES} bytes (it would answer 460101)`,
    [{ path: 'message', message: `Over ${MAX_BODY_BYTES} bytes` }],
  );
}

/** The message a template gives for these values (default for the ones not given), or a 400 naming what is wrong. */
export function renderTemplateMessage(
  template: { message: unknown; variables: readonly TemplateVariable[] },
  values: TemplateValues,
): DingtalkMessage {
  const rendered = renderTemplate(template.message, template.variables, values, 'default');
  if (!rendered.ok && 'tooLong' in rendered) throw tooLong('With these values the template');
  if (!rendered.ok) {
    const declared = template.variables.map((v) => v.name).join(', ') || 'none';
    const issues: ApiIssue[] = [
      ...rendered.unknown.map((name) => ({
        path: `variables.${name}`,
        message: `Unknown variable ${name}: the template declares ${declared}`,
      })),
      ...rendered.missing.map((name) => ({
        path: `variables.${name}`,
        message: `Give a value for ${name}: it has no default`,
      })),
    ];
    const parts = [
      rendered.unknown.length > 0 ? `unknown variables: ${rendered.unknown.join(', ')}` : '',
      rendered.missing.length > 0 ? `missing values: ${rendered.missing.join(', ')}` : '',
    ].filter(Boolean);
    throw invalid(`Cannot render the template (${parts.join('; ')})`, issues);
  }
  const parsed = sendableMessageSchema.safeParse(rendered.message);
  if (!parsed.success)
    throw refused(
      'With these values the template does not render to a message DingTalk accepts',
      parsed.error,
      'message',
    );
  return parsed.data;
}
