import {
  actionCardMessageSchema,
  feedCardMessageSchema,
  linkMessageSchema,
  markdownMessageSchema,
  textMessageSchema,
} from '@dingpost/shared/wire/message';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { i18n, i18nReady, loadLanguage } from '../i18n/index.ts';
import { where } from './field-place.ts';

/** Every field a message of the wire format can hold, as issue paths name them (array items as 0). */
function fieldPaths(schema: z.ZodType, prefix: string[] = []): string[] {
  if (schema instanceof z.ZodOptional) return fieldPaths(schema.unwrap() as z.ZodType, prefix);
  if (schema instanceof z.ZodArray) return fieldPaths(schema.element as z.ZodType, [...prefix, '0']);
  if (schema instanceof z.ZodObject)
    return Object.entries(schema.shape).flatMap(([key, inner]) => fieldPaths(inner as z.ZodType, [...prefix, key]));
  return [prefix.join('.')];
}

const MESSAGE_SCHEMAS = [
  textMessageSchema,
  linkMessageSchema,
  markdownMessageSchema,
  actionCardMessageSchema,
  feedCardMessageSchema,
];
/** Fields a user never writes: the composer sets them. */
const NOT_WRITTEN = new Set(['msgtype', 'msgUuid']);

beforeAll(async () => {
  await i18nReady;
  await loadLanguage('en');
});

describe('where', () => {
  const paths = [...new Set(MESSAGE_SCHEMAS.flatMap((schema) => fieldPaths(schema)))].filter(
    (path) => !NOT_WRITTEN.has(path),
  );

  it('names every field of every message kind in words, in both languages', () => {
    expect(paths).toContain('actionCard.singleTitle');
    expect(paths).toContain('at.atMobiles.0');
    for (const lang of ['zh', 'en']) {
      const t = i18n.getFixedT(lang, 'composer');
      for (const path of paths) {
        const label = where({ field: path, line: null }, t);
        expect(label, `${lang} ${path}`).not.toMatch(/[.]|^$|object/);
      }
    }
  });

  it('numbers items, and names a part of a field by the field', () => {
    const t = i18n.getFixedT('zh', 'composer');
    expect(where({ field: 'actionCard.btns.1.actionURL', line: null }, t)).toBe('按钮 2 链接');
    expect(where({ field: 'at.atMobiles.0', line: null }, t)).toBe('@ 提醒');
    expect(where({ field: 'markdown.text', line: 3 }, t)).toBe('内容第 3 行');
    expect(where({ field: 'actionCard.singleTitle', line: null }, i18n.getFixedT('en', 'composer'))).toBe(
      'Button text',
    );
  });
});
