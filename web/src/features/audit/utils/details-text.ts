import type { TFunction } from 'i18next';

/** Details a reader learns nothing from next to others: a robot's id beside its name. */
const SHADOWED_BY: Record<string, string> = { robotId: 'robotName' };
/** Keys whose values are codes with names of their own (details.values); other values are shown as they are. */
const CODED = new Set(['role', 'reason', 'fields']);

/**
 * An audit entry's details on one line, for people: each key by its name in the page's language
 * ("机器人: 值班群"), yes/no and known codes in words, anything unknown as `key: value` (JSON unless a
 * string). Empty values are left out.
 */
export function detailsText(details: Record<string, unknown>, t: TFunction<'audit'>): string {
  return Object.entries(details)
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .filter(([key]) => !(SHADOWED_BY[key] && details[SHADOWED_BY[key]!]))
    .map(([key, value]) =>
      t('details.pair', { key: t(`details.keys.${key}`, { defaultValue: key }), value: valueText(key, value, t) }),
    )
    .join(' · ');
}

function valueText(key: string, value: unknown, t: TFunction<'audit'>): string {
  if (typeof value === 'boolean') return t(value ? 'details.yes' : 'details.no');
  const named = (code: string) => (CODED.has(key) ? t(`details.values.${key}.${code}`, { defaultValue: code }) : code);
  if (typeof value === 'string') return named(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.map(named).join(', ');
  return JSON.stringify(value);
}
