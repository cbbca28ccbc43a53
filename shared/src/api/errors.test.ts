import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { deliveryCreateSchema } from './deliveries.ts';
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
