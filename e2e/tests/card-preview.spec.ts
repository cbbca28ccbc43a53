import { expect, test } from '../fixtures/index.ts';

/**
 * How the preview lays out cards, which only a browser shows: clamped titles must hide the lines they cut
 * off entirely, not let the top of the next line show through the box's padding.
 */
test('a long FeedCard headline is cut at two whole lines, at phone width', async ({ page, composer }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await composer.open();
  await composer.compose({
    msgtype: 'feedCard',
    feedCard: {
      links: [
        {
          title:
            '时代的火车向前开：这个即将发布的新版本，创始人称它为“红树林”，而在此之前每当面临重大升级都会取一个代号',
          messageURL: 'https://example.com/1',
          picURL: 'https://example.com/1.png',
        },
      ],
    },
  });
  const headline = composer.preview.locator('.dp-feed-hero-title');
  await expect(headline).toContainText('时代的火车向前开');

  // Every line box of the text is either wholly inside the box that clips it or wholly outside.
  const partlyShown = await headline.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const text = document.createTreeWalker(element, NodeFilter.SHOW_TEXT).nextNode();
    let clip: Element | null = text!.parentElement;
    while (clip && getComputedStyle(clip).overflow !== 'hidden') clip = clip.parentElement;
    const box = clip!.getBoundingClientRect();
    return Array.from(range.getClientRects())
      .filter((line) => line.top < box.bottom - 0.5 && line.bottom > box.bottom + 0.5)
      .map((line) => `${line.top}-${line.bottom} across ${box.bottom}`);
  });
  expect(partlyShown).toEqual([]);
});
