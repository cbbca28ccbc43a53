import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { lintMessage, renderDingtalkMarkdown } from '@dingpost/shared';
import { percentile, report } from './report.ts';

// A .txt so the formatter leaves the markdown exactly as written (it would rewrite *italic* and hard breaks).
const DOCUMENT = path.resolve(import.meta.dirname, 'fixtures/mixed-10kb.txt');
const TARGET_MS = 2;
const WARMUP_RUNS = 200;
const RUNS = 1000;

/** Times `run` once per iteration after a warm-up, so the JIT has settled; returns sorted milliseconds. */
function time(run: () => unknown, runs: number): number[] {
  for (let i = 0; i < WARMUP_RUNS; i++) run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b);
}

/** Markdown render time of a ~10 KB mixed Chinese/English document, as the composer preview renders it. */
export async function benchMarkdown(): Promise<void> {
  const text = fs.readFileSync(DOCUMENT, 'utf8');
  const mentions = ['13800000000', 'ops-lead'];
  const bytes = Buffer.byteLength(text);
  const html = renderDingtalkMarkdown(text, { mentions });
  console.log(
    `    document: ${(bytes / 1024).toFixed(1)} KB, ${text.split('\n').length} lines → ${html.length} chars of HTML`,
  );

  const render = time(() => renderDingtalkMarkdown(text, { mentions }), RUNS);
  report('markdown', `render median of ${RUNS}`, percentile(render, 50), 'ms', { max: TARGET_MS });
  report('markdown', `render p95 of ${RUNS}`, percentile(render, 95), 'ms', { max: TARGET_MS });
  // Other work on the machine shows as a long tail; the fastest run and the load tell it apart.
  const load = os.loadavg()[0] ?? 0;
  console.log(`    fastest ${render[0]?.toFixed(2)} ms; load average ${load.toFixed(1)} on ${os.cpus().length} cores`);

  // The composer lints on every keystroke too; no target of its own, shown for context.
  const message = { msgtype: 'markdown', markdown: { title: '周报', text }, at: { atMobiles: ['13800000000'] } };
  const lint = time(() => lintMessage(message), Math.round(RUNS / 4));
  report('markdown', 'lint median', percentile(lint, 50), 'ms');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchMarkdown();
