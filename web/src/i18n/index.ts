import { setValidationLang, type Lang } from '@dingpost/shared/i18n/validation-locale';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { readString, writeString } from '../lib/storage.ts';
import { STORAGE_KEYS } from '../lib/storage-keys.ts';
import commonEn from './locales/en.ts';
import commonZh from './locales/zh.ts';

export const LANGS = ['zh', 'en'] as const satisfies readonly Lang[];
export const DEFAULT_LANG: Lang = 'zh';
/** BCP 47 tags for <html lang>. */
const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

type Resources = Record<string, unknown>;

/**
 * Each feature keeps its strings in features/<name>/locales/{zh,en}.ts (default export); the folder
 * name becomes the i18next namespace, so features add strings without touching this file. Feature
 * strings load per language (one small chunk each), before the first render and before a switch.
 */
const featureModules = import.meta.glob<{ default: Resources }>('../features/*/locales/{zh,en}.ts');

const loading = new Map<Lang, Promise<void>>();

/** Loads every feature namespace of a language (once). */
export function loadLanguage(lang: Lang): Promise<void> {
  let promise = loading.get(lang);
  if (!promise) {
    promise = Promise.all(
      Object.entries(featureModules).map(async ([file, load]) => {
        const match = /features\/([^/]+)\/locales\/(zh|en)\.ts$/.exec(file);
        if (!match || match[2] !== lang) return;
        const mod = await load();
        i18n.addResourceBundle(lang, match[1]!, mod.default, true, true);
      }),
    ).then(() => undefined);
    loading.set(lang, promise);
  }
  return promise;
}

export function isLang(value: unknown): value is Lang {
  return value === 'zh' || value === 'en';
}

export function storedLang(): Lang {
  const stored = readString(STORAGE_KEYS.language);
  return isLang(stored) ? stored : DEFAULT_LANG;
}

function applyLang(lang: Lang): void {
  setValidationLang(lang);
  if (typeof document !== 'undefined') document.documentElement.lang = HTML_LANG[lang];
}

export function currentLang(): Lang {
  return isLang(i18n.language) ? i18n.language : DEFAULT_LANG;
}

export async function changeLang(lang: Lang): Promise<void> {
  writeString(STORAGE_KEYS.language, lang);
  await loadLanguage(lang);
  await i18n.changeLanguage(lang);
}

const initialLang = storedLang();
applyLang(initialLang);
i18n.on('languageChanged', (lng) => {
  if (isLang(lng)) applyLang(lng);
});

void i18n.use(initReactI18next).init({
  resources: { zh: { common: commonZh }, en: { common: commonEn } },
  lng: initialLang,
  fallbackLng: DEFAULT_LANG,
  supportedLngs: [...LANGS],
  defaultNS: 'common',
  ns: ['common'],
  partialBundledLanguages: true,
  interpolation: { escapeValue: false },
  initAsync: false,
});

/** Resolves when the strings of the initial language are in: render after it. */
export const i18nReady: Promise<void> = loadLanguage(initialLang);

/** Items written in a sentence, with the reader's language's separator (、 or , ). */
export function listOf(items: readonly string[]): string {
  return items.join(i18n.t('listSeparator', { ns: 'common' }));
}

export { i18n };
