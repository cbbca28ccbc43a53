import { describe, expect, it } from 'vitest';
import { REFERENCE_EXAMPLES } from '../lint/fixtures/reference-examples.ts';
import { MAX_BODY_BYTES } from './limits.ts';
import { dingtalkMessageSchema, markdownTextOf, messageKind } from './message.ts';

type Path = (string | number)[];

function withoutField(message: unknown, path: Path): unknown {
  const copy = structuredClone(message) as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  delete parent[path.at(-1) as string | number];
  return copy;
}

function withField(message: unknown, path: Path, value: unknown): unknown {
  const copy = structuredClone(message) as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[path.at(-1) as string | number] = value;
  return copy;
}

function issuePaths(message: unknown): Path[] {
  const result = dingtalkMessageSchema.safeParse(message);
  return result.success ? [] : result.error.issues.map((issue) => issue.path as Path);
}

describe('the reference page examples', () => {
  it.each(Object.entries(REFERENCE_EXAMPLES))('%s parses unchanged', (_name, example) => {
    const result = dingtalkMessageSchema.safeParse(example);
    expect(result.error?.issues).toBeUndefined();
    expect(result.data).toEqual(example);
  });

  it('tells the two actionCard kinds apart', () => {
    expect(messageKind(dingtalkMessageSchema.parse(REFERENCE_EXAMPLES.actionCardWhole))).toBe('actionCardWhole');
    expect(messageKind(dingtalkMessageSchema.parse(REFERENCE_EXAMPLES.actionCardIndependent))).toBe(
      'actionCardIndependent',
    );
    expect(markdownTextOf(dingtalkMessageSchema.parse(REFERENCE_EXAMPLES.markdown))).toContain('#### 杭州天气');
    expect(markdownTextOf(dingtalkMessageSchema.parse(REFERENCE_EXAMPLES.link))).toBeUndefined();
  });
});

/** [example, path of a required field] — removing it must fail with an issue at that path. */
const REQUIRED: [keyof typeof REFERENCE_EXAMPLES, Path][] = [
  ['text', ['msgtype']],
  ['text', ['text']],
  ['text', ['text', 'content']],
  ['link', ['link']],
  ['link', ['link', 'title']],
  ['link', ['link', 'text']],
  ['link', ['link', 'messageUrl']],
  ['markdown', ['markdown']],
  ['markdown', ['markdown', 'title']],
  ['markdown', ['markdown', 'text']],
  ['actionCardWhole', ['actionCard']],
  ['actionCardWhole', ['actionCard', 'title']],
  ['actionCardWhole', ['actionCard', 'text']],
  ['actionCardWhole', ['actionCard', 'singleTitle']],
  ['actionCardWhole', ['actionCard', 'singleURL']],
  ['actionCardIndependent', ['actionCard', 'title']],
  ['actionCardIndependent', ['actionCard', 'text']],
  ['actionCardIndependent', ['actionCard', 'btns']],
  ['actionCardIndependent', ['actionCard', 'btns', 0, 'title']],
  ['actionCardIndependent', ['actionCard', 'btns', 1, 'actionURL']],
  ['feedCard', ['feedCard']],
  ['feedCard', ['feedCard', 'links']],
  ['feedCard', ['feedCard', 'links', 0, 'title']],
  ['feedCard', ['feedCard', 'links', 1, 'messageURL']],
  ['feedCard', ['feedCard', 'links', 0, 'picURL']],
];

describe('required fields', () => {
  it.each(REQUIRED)('%s without %j is rejected at that path', (name, path) => {
    expect(issuePaths(withoutField(REFERENCE_EXAMPLES[name], path))).toContainEqual(path);
  });

  const strings = REQUIRED.filter(([name, path]) => typeof getAt(REFERENCE_EXAMPLES[name], path) === 'string');
  it.each(strings.filter(([, path]) => path[0] !== 'msgtype'))('%s with a blank %j is rejected', (name, path) => {
    expect(issuePaths(withField(REFERENCE_EXAMPLES[name], path, '  '))).toContainEqual(path);
  });

  it('rejects empty button and link lists', () => {
    expect(issuePaths(withField(REFERENCE_EXAMPLES.actionCardIndependent, ['actionCard', 'btns'], []))).toContainEqual([
      'actionCard',
      'btns',
    ]);
    expect(issuePaths(withField(REFERENCE_EXAMPLES.feedCard, ['feedCard', 'links'], []))).toContainEqual([
      'feedCard',
      'links',
    ]);
  });

  it('treats link.picUrl and the actionCard flags as optional', () => {
    expect(issuePaths(withoutField(REFERENCE_EXAMPLES.link, ['link', 'picUrl']))).toEqual([]);
    expect(issuePaths(withoutField(REFERENCE_EXAMPLES.actionCardWhole, ['actionCard', 'hideAvatar']))).toEqual([]);
    expect(issuePaths(withoutField(REFERENCE_EXAMPLES.text, ['at']))).toEqual([]);
  });
});

function getAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], value);
}

describe('field formats', () => {
  it('rejects an unknown msgtype and unknown fields', () => {
    expect(issuePaths({ msgtype: 'image', image: {} })).toContainEqual(['msgtype']);
    expect(issuePaths(withField(REFERENCE_EXAMPLES.text, ['text', 'contents'], 'x'))).not.toEqual([]);
  });

  it('wants btnOrientation and hideAvatar as the strings "0" and "1"', () => {
    const card = REFERENCE_EXAMPLES.actionCardWhole;
    expect(issuePaths(withField(card, ['actionCard', 'btnOrientation'], 1))).toContainEqual([
      'actionCard',
      'btnOrientation',
    ]);
    expect(issuePaths(withField(card, ['actionCard', 'hideAvatar'], '2'))).toContainEqual(['actionCard', 'hideAvatar']);
    expect(issuePaths(withField(card, ['actionCard', 'btnOrientation'], '1'))).toEqual([]);
  });

  it('accepts http(s) and dingtalk:// targets, nothing else', () => {
    const card = REFERENCE_EXAMPLES.actionCardWhole;
    const at: Path = ['actionCard', 'singleURL'];
    expect(
      issuePaths(withField(card, at, 'dingtalk://dingtalkclient/page/link?url=https%3A%2F%2Fx.cn&pc_slide=true')),
    ).toEqual([]);
    for (const bad of [
      'javascript:alert(1)',
      'dtmd://dingtalkclient/sendMessage?content=hi',
      'ftp://x.cn/',
      ' https://x.cn',
      'www.x.cn',
    ])
      expect(issuePaths(withField(card, at, bad)), bad).toContainEqual(at);
  });

  it('wants images at http(s) addresses', () => {
    const feed = REFERENCE_EXAMPLES.feedCard;
    expect(issuePaths(withField(feed, ['feedCard', 'links', 0, 'picURL'], 'dingtalk://x'))).toContainEqual([
      'feedCard',
      'links',
      0,
      'picURL',
    ]);
    expect(
      issuePaths(withField(REFERENCE_EXAMPLES.link, ['link', 'picUrl'], 'data:image/png;base64,AAAA')),
    ).toContainEqual(['link', 'picUrl']);
  });

  it('checks mention lists', () => {
    expect(issuePaths(withField(REFERENCE_EXAMPLES.text, ['at', 'atMobiles'], ['not a phone']))).toContainEqual([
      'at',
      'atMobiles',
      0,
    ]);
    expect(issuePaths(withField(REFERENCE_EXAMPLES.text, ['at', 'atUserIds'], ['user1', 'has space']))).toContainEqual([
      'at',
      'atUserIds',
      1,
    ]);
  });

  it('rejects a body over the byte limit, counting UTF-8 bytes', () => {
    // Each 汉 is three bytes: the character count stays far below the limit while the byte count passes it.
    const fits = { msgtype: 'text', text: { content: '汉'.repeat(6000) } };
    const over = { msgtype: 'text', text: { content: '汉'.repeat(Math.ceil(MAX_BODY_BYTES / 3)) } };
    expect(issuePaths(fits)).toEqual([]);
    expect(issuePaths(over)).toContainEqual([]);
  });
});
