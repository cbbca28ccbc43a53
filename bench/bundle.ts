import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { report } from './report.ts';

const DIST = path.resolve(import.meta.dirname, '../web/dist');
const TARGET_KB = 250;

/** JavaScript the browser loads before the composer can render: the entry script and its modulepreloads. */
export function initialScripts(indexHtml: string): string[] {
  const srcs = [...indexHtml.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
  const preloads = [...indexHtml.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!);
  return [...new Set([...srcs, ...preloads])];
}

export async function benchBundle(): Promise<void> {
  const indexFile = path.join(DIST, 'index.html');
  if (!fs.existsSync(indexFile)) throw new Error('web/dist is missing: build the web app first');
  const scripts = initialScripts(fs.readFileSync(indexFile, 'utf8'));
  let gzipBytes = 0;
  let rawBytes = 0;
  for (const src of scripts) {
    const content = fs.readFileSync(path.join(DIST, src.replace(/^\//, '')));
    rawBytes += content.length;
    gzipBytes += gzipSync(content, { level: 9 }).length;
  }
  const allJs = fs.readdirSync(path.join(DIST, 'assets')).filter((f) => f.endsWith('.js')).length;
  report('bundle', 'composer initial JS (gzip)', gzipBytes / 1024, 'KB', { max: TARGET_KB });
  console.log(
    `    ${scripts.length} initial scripts of ${allJs} chunks; ${(rawBytes / 1024).toFixed(1)} KB before gzip`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchBundle();
