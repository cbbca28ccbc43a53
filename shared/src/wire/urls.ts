import { z } from 'zod';
import { say } from '../i18n/validation-locale.ts';

/** Where a click on a button, card or link may take the reader. */
export const LINK_SCHEMES = ['http:', 'https:', 'dingtalk:'] as const;
/** Images are fetched by DingTalk's servers: only web URLs work. */
export const IMAGE_SCHEMES = ['http:', 'https:'] as const;
/** dtmd:// (click to send) only works inside markdown text. */
export const MARKDOWN_LINK_SCHEMES = [...LINK_SCHEMES, 'dtmd:'] as const;

export function urlHasScheme(value: string, schemes: readonly string[]): boolean {
  if (value !== value.trim() || value.length === 0) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (!schemes.includes(url.protocol)) return false;
  if (url.protocol === 'http:' || url.protocol === 'https:') return url.hostname.length > 0;
  return true;
}

export const linkUrlSchema = z
  .string({ error: say({ zh: '请填写链接', en: 'Enter a link' }) })
  .min(1, { error: say({ zh: '请填写链接', en: 'Enter a link' }) })
  .refine((v) => urlHasScheme(v, LINK_SCHEMES), {
    error: say({
      zh: '链接须以 http://、https:// 或 dingtalk:// 开头',
      en: 'The link must start with http://, https:// or dingtalk://',
    }),
  });

export const imageUrlSchema = z
  .string({ error: say({ zh: '请填写图片地址', en: 'Enter an image URL' }) })
  .min(1, { error: say({ zh: '请填写图片地址', en: 'Enter an image URL' }) })
  .refine((v) => urlHasScheme(v, IMAGE_SCHEMES), {
    error: say({
      zh: '图片地址须以 http:// 或 https:// 开头（钉钉服务器需能访问）',
      en: 'The image URL must start with http:// or https:// (DingTalk fetches it itself)',
    }),
  });
