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
 * name becomes the i18next namespace, so features add strings without touching this file.
 */
const featureModules = import.meta.glob<{ default: Resources }>('../features/*/locales/{zh,en}.ts', { eager: true });

function collect(): Record<Lang, Record<string, Resources>> {
  const resources: Record<Lang, Record<string, Resources>> = { zh: { common: commonZh }, en: { common: commonEn } };
  for (const [file, mod] of Object.entries(featureModules)) {
    const match = /features\/([^/]+)\/locales\/(zh|en)\.ts$/.exec(file);
    if (!match) continue;
    const [, feature, lang] = match as unknown as [string, string, Lang];
    resources[lang][feature] = mod.default;
  }
  return resources;
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
  await i18n.changeLanguage(lang);
}

const initialLang = storedLang();
applyLang(initialLang);
i18n.on('languageChanged', (lng) => {
  if (isLang(lng)) applyLang(lng);
});

void i18n.use(initReactI18next).init({
  resources: collect(),
  lng: initialLang,
  fallbackLng: DEFAULT_LANG,
  supportedLngs: [...LANGS],
  defaultNS: 'common',
  ns: ['common'],
  interpolation: { escapeValue: false },
  initAsync: false,
});

export { i18n };
