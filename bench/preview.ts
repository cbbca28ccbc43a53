import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { percentile, report } from './report.ts';
import { startServer } from './start-server.ts';

const TARGET_P95_MS = 16;
const DOCUMENT_CHARS = 5_000;
const TYPED_CHARS = 200;
const WARMUP_CHARS = 10;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Letters only: each is a real key (Playwright types other characters with insertText, which fires no
// keydown), and each changes what the preview shows, so every keystroke yields a mutation.
const TYPED = 'dingpostpreviewbenchmarkabcdefghijklmnopqrstuvwxyz';

/** The first ~5,000 characters of the mixed zh/en fixture, cut at a line end. */
function markdownDocument(): string {
  const text = fs.readFileSync(path.resolve(import.meta.dirname, 'fixtures/mixed-10kb.txt'), 'utf8');
  const cut = text.slice(0, DOCUMENT_CHARS);
  return `${cut.slice(0, cut.lastIndexOf('\n'))}\n\n`;
}

/**
 * In the page: keydown (capture phase, so before React sees it) stamps event.timeStamp; a MutationObserver
 * on the preview's container takes the first change after it, then waits one animation frame so the
 * change has been laid out for the next paint. Both figures are kept per keystroke.
 */
async function instrument(page: Page): Promise<void> {
  await page
    .getByTestId('message-preview')
    .first()
    .evaluate((preview) => {
      const container = preview.parentElement ?? preview;
      const state = {
        start: null as number | null,
        toMutation: [] as number[],
        toFrame: [] as number[],
      };
      (window as unknown as { __bench: typeof state }).__bench = state;
      document.addEventListener(
        'keydown',
        (event) => {
          state.start = event.timeStamp;
        },
        true,
      );
      new MutationObserver(() => {
        const start = state.start;
        if (start === null) return;
        state.start = null;
        state.toMutation.push(performance.now() - start);
        requestAnimationFrame(() => state.toFrame.push(performance.now() - start));
      }).observe(container, { subtree: true, childList: true, characterData: true, attributes: true });
    });
}

async function typeMeasured(page: Page, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const before = await page.evaluate(
      () => (window as unknown as { __bench: { toFrame: number[] } }).__bench.toFrame.length,
    );
    await page.keyboard.type(TYPED[i % TYPED.length]!);
    await page.waitForFunction(
      (n) => (window as unknown as { __bench: { toFrame: number[] } }).__bench.toFrame.length > n,
      before,
      { timeout: 5_000 },
    );
  }
}

/** Keystroke → preview update in the real composer (built web, real server) in Chromium. */
export async function benchPreview(): Promise<void> {
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    await server.logIn(context);
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByRole('radio', { name: 'Markdown', exact: true }).check();
    const editor = page.getByRole('textbox', { name: '内容' });
    const document = markdownDocument();
    await editor.fill(document);
    await page
      .getByTestId('message-preview')
      .first()
      .getByRole('heading', { name: /Weekly Operations Report/ })
      .waitFor();
    await editor.press('ControlOrMeta+End');
    await instrument(page);

    await typeMeasured(page, WARMUP_CHARS);
    await page.evaluate(() => {
      const state = (window as unknown as { __bench: { toMutation: number[]; toFrame: number[] } }).__bench;
      state.toMutation.length = 0;
      state.toFrame.length = 0;
    });
    await typeMeasured(page, TYPED_CHARS);
    const { toMutation, toFrame } = await page.evaluate(
      () => (window as unknown as { __bench: { toMutation: number[]; toFrame: number[] } }).__bench,
    );
    const mutation = [...toMutation].sort((a, b) => a - b);
    const frame = [...toFrame].sort((a, b) => a - b);
    console.log(
      `    ${document.length} characters of markdown, then ${mutation.length} keystrokes typed one by one (after ${WARMUP_CHARS} warm-up); load average ${os.loadavg()[0]!.toFixed(2)} on ${os.cpus().length} cores`,
    );
    report('preview', 'keystroke → preview DOM p50', percentile(mutation, 50), 'ms');
    report('preview', 'keystroke → preview DOM p95', percentile(mutation, 95), 'ms', { max: TARGET_P95_MS });
    report('preview', 'keystroke → next frame p95', percentile(frame, 95), 'ms');
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchPreview();
