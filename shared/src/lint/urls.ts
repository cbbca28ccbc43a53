import type { LintWarning } from '../api/check.ts';
import { markdownLinkKind } from '../markdown/urls.ts';
import { IMAGE_SCHEMES, urlHasScheme } from '../wire/urls.ts';
import type { UrlField } from './fields.ts';
import { warn } from './warnings.ts';

/** Hosts DingTalk's servers cannot reach: loopback, private ranges, and names that only resolve inside. */
function isInternalHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local') || host.endsWith('.internal'))
    return true;
  if (host === '::1' || /^f[cd][0-9a-f]{2}:/.test(host) || host.startsWith('fe80:')) return true;
  const ipv4 = /^(\d+)\.(\d+)\.\d+\.\d+$/.exec(host);
  if (ipv4) {
    const a = Number(ipv4[1]);
    const b = Number(ipv4[2]);
    return (
      a === 10 ||
      a === 127 ||
      a === 0 ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 169 && b === 254)
    );
  }
  // A single-label name ("intranet") resolves only inside a company network.
  return !host.includes('.') && !host.includes(':');
}

/** A warning when an http(s) image lives on a host DingTalk cannot fetch from. */
export function imageHostWarning(url: string, where: { field: string; line: number | null }): LintWarning | null {
  if (!urlHasScheme(url, IMAGE_SCHEMES)) return null;
  const host = new URL(url).hostname;
  return isInternalHost(host) ? warn.imageIntranet(where, host) : null;
}

/** Lints the URL fields of link, actionCard and feedCard messages. */
export function lintUrlFields(urls: readonly UrlField[]): LintWarning[] {
  const out: LintWarning[] = [];
  for (const { path, url, image } of urls) {
    const where = { field: path, line: null };
    if (image) {
      if (!urlHasScheme(url, IMAGE_SCHEMES)) out.push(warn.imageScheme(where, url));
      else {
        const intranet = imageHostWarning(url, where);
        if (intranet) out.push(intranet);
      }
    } else if (markdownLinkKind(url.trim()) === 'dtmd') {
      out.push(warn.dtmdField(where));
    }
  }
  return out;
}
