import type { Bilingual } from '../i18n/validation-locale.ts';
import type { LintCode, LintWarning } from '../api/check.ts';
import { MAX_BODY_BYTES } from '../wire/limits.ts';

type Severity = LintWarning['severity'];
type Where = { field: string | null; line?: number | null };

function warning(code: LintCode, severity: Severity, where: Where, message: Bilingual, hint: Bilingual): LintWarning {
  return { code, field: where.field, line: where.line ?? null, severity, message, hint };
}

/** Builders for every warning the linter gives, with its text in both languages. */
export const warn = {
  fencedCode: (where: Where) =>
    warning(
      'code',
      'warning',
      where,
      {
        zh: '钉钉不支持代码块，``` 等标记会原样显示',
        en: 'DingTalk does not render code blocks; the ``` fences show as typed',
      },
      {
        zh: '去掉代码块标记，可改用引用（>）或加粗突出这段内容',
        en: 'Remove the fences; use a quote (>) or bold to set the text apart',
      },
    ),
  indentedCode: (where: Where) =>
    warning(
      'code',
      'warning',
      where,
      {
        zh: '行首缩进四个空格的代码块钉钉不支持，缩进会丢失',
        en: 'DingTalk does not render indented code; the indentation is lost',
      },
      { zh: '删除行首缩进，或改用引用（>）', en: 'Remove the leading spaces, or use a quote (>)' },
    ),
  inlineCode: (where: Where) =>
    warning(
      'code',
      'warning',
      where,
      {
        zh: '钉钉不支持行内代码，反引号会原样显示',
        en: 'DingTalk does not render inline code; the backticks show as typed',
      },
      { zh: '去掉反引号，需要强调可以用加粗', en: 'Remove the backticks; use bold for emphasis' },
    ),
  table: (where: Where) =>
    warning(
      'table',
      'warning',
      where,
      {
        zh: '表格只在电脑端显示，手机上会显示成带竖线的原始文本',
        en: 'Tables render on PC only; phones show the raw text with its pipes',
      },
      { zh: '改用列表，例如“- 名称：数值”', en: 'Use a list instead, e.g. “- Name: value”' },
    ),
  html: (where: Where, tag: string) =>
    warning(
      'html',
      'warning',
      where,
      {
        zh: `钉钉不支持 HTML 标签 ${tag}，会原样显示`,
        en: `DingTalk does not render the HTML tag ${tag}; it shows as typed`,
      },
      {
        zh: '删除该标签；唯一可用的是 <font color=#RRGGBB>文字</font>',
        en: 'Remove the tag; the only one that works is <font color=#RRGGBB>text</font>',
      },
    ),
  unclosedFont: (where: Where, tag: string) =>
    warning(
      'html',
      'warning',
      where,
      { zh: `${tag} 没有对应的 </font>，会原样显示`, en: `${tag} has no matching </font>, so it shows as typed` },
      {
        zh: '在同一段内用 </font> 闭合，且不要与加粗、链接交叉嵌套',
        en: 'Close it with </font> in the same paragraph, without crossing bold or link boundaries',
      },
    ),
  strikethrough: (where: Where) =>
    warning(
      'strikethrough',
      'warning',
      where,
      { zh: '钉钉不支持删除线，~~ 会原样显示', en: 'DingTalk does not render strikethrough; the ~~ show as typed' },
      { zh: '去掉 ~~，或改用颜色标出这段文字', en: 'Remove the ~~, or mark the text with a colour' },
    ),
  rule: (where: Where) =>
    warning(
      'rule',
      'warning',
      where,
      {
        zh: '钉钉不支持分隔线，--- 会原样显示',
        en: 'DingTalk does not render horizontal rules; the --- shows as typed',
      },
      { zh: '删除分隔线，用空行分段', en: 'Remove it and separate sections with a blank line' },
    ),
  mentionMissing: (where: Where, id: string) =>
    warning(
      'mention-missing',
      'warning',
      where,
      {
        zh: `已设置提醒 ${id}，但内容里没有“@${id}”，对方不会收到提醒`,
        en: `${id} is set to be mentioned, but the content has no “@${id}”, so they will not be notified`,
      },
      { zh: `在内容中写上“@${id}”`, en: `Add “@${id}” to the content` },
    ),
  mentionMobileShape: (where: Where, mobile: string) =>
    warning(
      'mention-mobile-shape',
      'warning',
      where,
      {
        zh: `“${mobile}”不像手机号：钉钉只提醒用这个手机号注册的成员，号码不对就没有人收到提醒`,
        en: `“${mobile}” does not look like a mobile number: DingTalk notifies only the member registered with it`,
      },
      {
        zh: '填写 11 位手机号，例如 13800000000；境外号码以 + 和国家码开头',
        en: 'Enter the 11-digit mobile number, e.g. 13800000000; numbers abroad start with + and the country code',
      },
    ),
  mentionUnsupported: (where: Where, msgtype: string) =>
    warning(
      'mention-unsupported',
      'warning',
      where,
      {
        zh: `${msgtype} 消息不支持 @ 提醒，设置的提醒对象会被忽略`,
        en: `${msgtype} messages cannot mention anyone: the people set to be mentioned are ignored`,
      },
      {
        zh: '需要提醒时改用文本或 Markdown 消息，否则清除提醒对象（at）',
        en: 'Use a text or markdown message, or clear the mentions (at)',
      },
    ),
  colorName: (where: Where, color: string, hex: string | null) =>
    warning(
      'color-name',
      'warning',
      where,
      {
        zh: `颜色“${color}”只在电脑端生效，手机上显示为默认颜色`,
        en: `The colour “${color}” works on PC only; phones show the default colour`,
      },
      {
        zh: `改用六位十六进制颜色，如 <font color=${hex ?? '#FF0000'}>`,
        en: `Use six-digit hex, e.g. <font color=${hex ?? '#FF0000'}>`,
      },
    ),
  singleNewline: (where: Where & { line: number }) =>
    warning(
      'single-newline',
      'info',
      where,
      {
        zh: `第 ${where.line} 行末尾只有一个换行，钉钉会把下一行接在这一行后面`,
        en: `Line ${where.line} ends in a single line break; DingTalk joins the next line onto it`,
      },
      {
        zh: '需要换行就再空一行，或在行尾加两个空格',
        en: 'Leave a blank line, or end the line with two spaces',
      },
    ),
  bodyNearLimit: (bytes: number) =>
    warning(
      'body-near-limit',
      'warning',
      { field: null },
      {
        zh: `消息体 ${bytes} 字节，已接近钉钉上限 ${MAX_BODY_BYTES} 字节`,
        en: `The body is ${bytes} bytes, close to DingTalk's limit of ${MAX_BODY_BYTES}`,
      },
      { zh: '精简内容，或拆成几条消息发送', en: 'Shorten the content or split it into several messages' },
    ),
  bodyOverLimit: (bytes: number) =>
    warning(
      'body-over-limit',
      'error',
      { field: null },
      {
        zh: `消息体 ${bytes} 字节，超过钉钉上限 ${MAX_BODY_BYTES} 字节，发送会失败（460101）`,
        en: `The body is ${bytes} bytes, over DingTalk's limit of ${MAX_BODY_BYTES}; sending fails (460101)`,
      },
      { zh: '精简内容，或拆成几条消息发送', en: 'Shorten the content or split it into several messages' },
    ),
  dtmdField: (where: Where) =>
    warning(
      'dtmd-outside-markdown',
      'error',
      where,
      {
        zh: 'dtmd:// 链接只能写在 markdown 消息的正文里',
        en: 'dtmd:// links only work inside a markdown message’s text',
      },
      {
        zh: '改用 http(s):// 或 dingtalk:// 链接，或把它放进 markdown 消息正文',
        en: 'Use an http(s):// or dingtalk:// link, or put it in a markdown message’s text',
      },
    ),
  dtmdInActionCard: (where: Where) =>
    warning(
      'dtmd-outside-markdown',
      'warning',
      where,
      {
        zh: 'dtmd:// 链接只在 markdown 消息中有效，在 ActionCard 里点击可能没有反应',
        en: 'dtmd:// links are documented for markdown messages only; in an ActionCard a click may do nothing',
      },
      { zh: '改用 markdown 消息，或换成 http(s):// 链接', en: 'Use a markdown message, or an http(s):// link' },
    ),
  imageScheme: (where: Where, url: string) =>
    warning(
      'image-scheme',
      'warning',
      where,
      {
        zh: `图片地址“${url}”不是 http:// 或 https:// 地址，钉钉取不到这张图`,
        en: `The image address “${url}” is not http:// or https://, so DingTalk cannot fetch it`,
      },
      { zh: '把图片放到公网可访问的 http(s) 地址', en: 'Host the picture at a public http(s) address' },
    ),
  imageIntranet: (where: Where, host: string) =>
    warning(
      'image-scheme',
      'warning',
      where,
      {
        zh: `图片主机“${host}”像是内网地址，钉钉服务器取不到，会显示成破图`,
        en: `The image host “${host}” looks internal; DingTalk’s servers cannot reach it and show a broken image`,
      },
      { zh: '把图片放到公网可访问的地址', en: 'Host the picture at a public address' },
    ),
  keywordMissing: (keywords: readonly string[]) =>
    warning(
      'keyword-missing',
      'error',
      { field: null },
      {
        zh: `消息里没有机器人的任何关键词（${keywords.join('、')}），钉钉会拒收（310000）`,
        en: `None of the robot’s keywords (${keywords.join(', ')}) appears in the message; DingTalk rejects it (310000)`,
      },
      { zh: '在标题或正文中加入其中一个关键词', en: 'Add one of them to the title or the text' },
    ),
  placeholders: (where: Where, placeholders: readonly string[]) =>
    warning(
      'placeholder',
      'info',
      where,
      {
        zh: `${placeholders.join('、')} 会原样发出：直接发送的消息不替换变量`,
        en: `${placeholders.join(', ')} ${placeholders.length > 1 ? 'are' : 'is'} sent as typed: a message sent directly has no variables filled in`,
      },
      {
        zh: '要每次填入不同的内容，请“存为模板”，再从模板发送',
        en: 'To fill in different values each time, save it as a template and send from the template',
      },
    ),
};
