import { describe, expect, it } from 'vitest';

type Strings = { [key: string]: string | Strings };

/** Every locale file: the common strings and each feature's, by language. */
const files = import.meta.glob<{ default: Strings }>(['./locales/{zh,en}.ts', '../features/*/locales/{zh,en}.ts'], {
  eager: true,
});

/** Each string's dotted key with the {{placeholders}} it interpolates (i18next plural suffixes folded). */
function entries(strings: Strings, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(strings)) {
    const path = `${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`;
    if (typeof value === 'string') {
      const names = [...value.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();
      found.set(path, [...new Set([...(found.get(path)?.split(',').filter(Boolean) ?? []), ...names])].join(','));
    } else for (const [inner, names] of entries(value, `${path}.`)) found.set(inner, names);
  }
  return found;
}

describe('locale files', () => {
  const byFolder = new Map<string, Partial<Record<'zh' | 'en', Strings>>>();
  for (const [file, mod] of Object.entries(files)) {
    const [, folder, lang] = /^(.*)\/(zh|en)\.ts$/.exec(file)!;
    byFolder.set(folder!, { ...byFolder.get(folder!), [lang as 'zh' | 'en']: mod.default });
  }

  it('are found, a Chinese and an English file in each folder', () => {
    expect(byFolder.size).toBeGreaterThan(5);
    for (const [folder, langs] of byFolder) expect(Object.keys(langs).sort(), folder).toEqual(['en', 'zh']);
  });

  it('give every string in both languages, with the same placeholders', () => {
    for (const [folder, { zh, en }] of byFolder) {
      const [zhEntries, enEntries] = [entries(zh!), entries(en!)];
      expect([...enEntries.keys()].sort(), `${folder}: keys`).toEqual([...zhEntries.keys()].sort());
      for (const [key, names] of zhEntries) expect(enEntries.get(key), `${folder}: ${key}`).toBe(names);
    }
  });
});
