import { EDITOR, EDITOR_OR_KEY, answers, apiError, tagged } from './operation.ts';

export const TEMPLATE_OPERATIONS = tagged('Templates', [
  {
    method: 'get',
    path: '/api/templates',
    access: EDITOR_OR_KEY,
    summary: 'List templates',
    responses: answers(200, 'All templates', 'TemplateList'),
  },
  {
    method: 'post',
    path: '/api/templates',
    access: EDITOR,
    summary: 'Add a template',
    description:
      'Any string of `message` may hold `{{name}}` placeholders, each a declared variable. The template is checked ' +
      'by rendering it with the samples (else defaults) and validating the result as a DingTalk message.',
    body: 'TemplateInput',
    responses: answers(201, 'The template', 'Template'),
  },
  {
    method: 'get',
    path: '/api/templates/:id',
    access: EDITOR_OR_KEY,
    summary: 'Read a template',
    responses: answers(200, 'The template', 'Template'),
  },
  {
    method: 'patch',
    path: '/api/templates/:id',
    access: EDITOR,
    summary: 'Change a template',
    body: 'TemplateUpdate',
    responses: answers(200, 'The template', 'Template'),
  },
  {
    method: 'delete',
    path: '/api/templates/:id',
    access: EDITOR,
    summary: 'Delete a template',
    responses: answers(204, 'Deleted'),
  },
  {
    method: 'post',
    path: '/api/templates/:id/render',
    access: EDITOR_OR_KEY,
    summary: 'Render a template',
    description: 'Values not given take the variable’s default; a missing or unknown variable is a 400 naming it.',
    body: 'TemplateRenderInput',
    responses: answers(200, 'The message, ready to send', 'DingtalkMessage'),
  },
]);

export const MESSAGE_OPERATIONS = tagged('Messages', [
  {
    method: 'post',
    path: '/api/messages/check',
    access: EDITOR_OR_KEY,
    summary: 'Check a message without sending it',
    description:
      '`issues`: what DingTalk would refuse (wire format, size, and with `robotId` the robot’s keywords). ' +
      '`warnings`: what it accepts but will not show as meant.',
    body: 'MessageCheckInput',
    responses: {
      200: { description: 'The verdict', body: 'MessageCheckResult' },
      404: apiError('No robot with that id'),
    },
  },
]);
