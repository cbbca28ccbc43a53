// `npm run bench`: every benchmark, one after the other (they share 2 cores, so never in parallel).
import { benchBundle } from './bundle.ts';
import { benchMarkdown } from './markdown.ts';
import { benchPreview } from './preview.ts';
import { benchServer } from './server.ts';

const suites: [string, () => Promise<void>][] = [
  ['markdown render', benchMarkdown],
  ['web bundle', benchBundle],
  ['server', benchServer],
  ['composer preview (Chromium)', benchPreview],
];

for (const [name, run] of suites) {
  console.log(`\n== ${name}`);
  await run();
}
