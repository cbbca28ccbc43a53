/** A date and time in the reader's language, e.g. "2026/11/24 20:39" or "11/24/2026, 8:39 PM". */
export function formatTime(iso: string, language: string): string {
  return new Date(iso).toLocaleString(language === 'zh' ? 'zh-CN' : 'en', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
}
