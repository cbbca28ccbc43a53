import type { TFunction } from 'i18next';

/** Details a reader learns nothing from next to others: a robot's id beside its name. */
const SHADOWED_BY: Record<string, string> = { robotId: 'robotName' };

/**
 * An audit entry's details on one line, for people: each key by its name in the page's language
 * ("机器人: 值班群"), yes/no and known codes in words, anything unknown as `key: value` (JSON unless a
 * string). Empty values are left out.
 */
export function detailsText(details: Record<string, unknown>, t: TFunction<'audit'>): string {
  return Object.entries(details)
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .filter(([key]) => !(SHADOWED_BY[key] && details[SHADOWED_BY[key]!]))
    .map(([key, value]) => `${t(`details.keys.${key}`, { defaultValue: key })}: ${valueText(key, value, t)}`)
    .join(' · ');
}

function valueText(key: string, value: unknown, t: TFunction<'audit'>): string {
  if (typeof value === 'boolean') return t(value ? 'details.yes' : 'details.no');
  if (typeof value === 'string') return t(`details.values.${key}.${value}`, { defaultValue: value });
  if (Array.isArray(value) && value.every((item) => typeof item === 'string'))
    return value.map((item) => t(`details.values.${key}.${item}`, { defaultValue: item })).join(', ');
  return JSON.stringify(value);
}
