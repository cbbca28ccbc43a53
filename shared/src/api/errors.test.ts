import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { deliveryCreateSchema, deliveryListQuerySchema } from './deliveries.ts';
import { toApiIssues } from './errors.ts';

const issuesOf = (schema: z.ZodType, input: unknown) => {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error('expected a failure');
  return toApiIssues(parsed.error);
};

describe('toApiIssues', () => {
  it('puts each unknown key at its own path', () => {
    const schema = z.strictObject({ robot: z.strictObject({ name: z.string() }) });
    expect(issuesOf(schema, { robot: { name: 'a', token: 'x', secret: 'y' } })).toEqual([
      { path: 'robot.token', message: 'Unknown field "token"' },
      { path: 'robot.secret', message: 'Unknown field "secret"' },
    ]);
  });

  it('explains a union by the option whose keys the input has', () => {
    const bad = (body: unknown) => issuesOf(deliveryCreateSchema, body).map((issue) => issue.path);
    expect(bad({ robotId: 'r', message: { msgtype: 'Text', text: { content: 'x' } } })).toEqual(['message.msgtype']);
    expect(
      bad({ robotId: 'r', message: { msgtype: 'text', text: { content: 'x' }, at: { isAtAll: 'true' } } }),
    ).toEqual(['message.at.isAtAll']);
    expect(bad({ robotId: ['r'], message: { msgtype: 'text', text: { content: 'x' } } })).toEqual(['robotId']);
    expect(bad({ robotId: 'r', templateId: 't', variables: { name: 1 } })).toEqual(['variables.name']);
    expect(bad({ robotId: 'r', templateId: 't', variables: null })).toEqual(['variables']);
  });

  it('reads a misspelt key as the option it misspells: the field that is missing, the key that is unknown', () => {
    const text = { msgtype: 'text', text: { content: 'x' } };
    expect(issuesOf(deliveryCreateSchema, { robot: 'r', message: text })).toEqual([
      { path: 'robotId', message: 'Required' },
      { path: 'robot', message: 'Unknown field "robot"' },
    ]);
    expect(issuesOf(deliveryCreateSchema, { robotId: 'r', template: 't', variables: {} })).toEqual([
      { path: 'templateId', message: 'Required' },
      { path: 'template', message: 'Unknown field "template"' },
    ]);
  });

  it('says where DingTalk’s own body goes, and that a message is an object, not a string of JSON', () => {
    expect(issuesOf(deliveryCreateSchema, { robotId: 'r', msgtype: 'text', text: { content: 'x' } })).toEqual([
      { path: '', message: expect.stringMatching(/^Put the DingTalk message under message: /) },
    ]);
    expect(issuesOf(deliveryCreateSchema, { robotId: 'r', message: '{"msgtype":"text"}' })).toEqual([
      { path: 'message', message: expect.stringMatching(/^The message must be a JSON object/) },
    ]);
  });

  it('gives a page size that is not one the range it must be in', () => {
    for (const limit of ['x', '2.5', '0', '101'])
      expect(issuesOf(deliveryListQuerySchema, { limit })).toEqual([
        { path: 'limit', message: 'must be a whole number from 1 to 100' },
      ]);
  });

  it('says what a union wants when no single option fits the keys', () => {
    const both = { robotId: 'r', templateId: 't', message: { msgtype: 'text', text: { content: 'x' } } };
    expect(issuesOf(deliveryCreateSchema, both)).toEqual([
      { path: '', message: 'Give either message, or templateId (with variables)' },
    ]);
    expect(issuesOf(deliveryCreateSchema, { robotId: 'r' })).toEqual([
      { path: '', message: 'Give either message, or templateId (with variables)' },
    ]);
  });
});
