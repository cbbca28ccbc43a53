import type { Bilingual } from '@dingpost/shared';

/** What happened and what to do about it, in plain words. */
type Entry = { zh: [what: string, fix: string]; en: [what: string, fix: string] };

const compose = (entry: Entry): Bilingual => ({
  zh: `${entry.zh[0]}。解决方法：${entry.zh[1]}`,
  en: `${entry.en[0]}. Fix: ${entry.en[1]}`,
});

const TOKEN_GONE: Entry = {
  zh: [
    '钉钉找不到这个 access_token：机器人可能已被删除，或 Webhook 复制不完整',
    '在群设置 → 智能群助手 → 机器人中打开该机器人，重新复制完整的 Webhook 地址，并在此更新',
  ],
  en: [
    'DingTalk does not know this access_token: the robot may have been removed, or the webhook was copied incompletely',
    'open the robot in the group settings (Group assistant → Robots), copy the whole webhook URL again and update it here',
  ],
};

const THROTTLED: Entry = {
  zh: [
    '发送太快，钉钉已对该机器人限流（每分钟最多 20 条，超出后限流 10 分钟）',
    '无需操作：消息仍在队列中，冷却结束后会自动发送；大量告警可开启「合并摘要」',
  ],
  en: [
    'Sent too fast: DingTalk throttles this robot (at most 20 messages a minute, then a 10-minute pause)',
    'nothing to do: the message stays queued and goes out when the cool-down ends; turn on "digest" for alert floods',
  ],
};

const UNSAFE = (zhWhat: string, enWhat: string): Entry => ({
  zh: [`钉钉的内容安全检查拒绝了这条消息：${zhWhat}`, '修改或删除相关内容后重新发送'],
  en: [
    `DingTalk's content safety check refused the message: ${enWhat}`,
    'change or remove that content and send again',
  ],
});

const BY_ERRCODE: Record<number, Entry> = {
  [-1]: {
    zh: ['钉钉系统繁忙', '无需操作：稍后会自动重试（使用相同的 msgUuid，群里不会重复）'],
    en: ['DingTalk is busy', 'nothing to do: it is retried shortly with the same msgUuid, so the group sees it once'],
  },
  300001: TOKEN_GONE,
  300005: TOKEN_GONE,
  400101: TOKEN_GONE,
  400013: {
    zh: ['机器人所在的群已解散', '在另一个群里添加自定义机器人，并用新的 Webhook 更新此机器人'],
    en: [
      'The robot’s group has been disbanded',
      'add a custom robot to another group and update this robot with its webhook',
    ],
  },
  400102: {
    zh: ['机器人已被停用', '请群主或管理员在群设置 → 机器人中重新启用它'],
    en: [
      'The robot has been disabled',
      'ask the group owner or an admin to enable it again in the group’s robot settings',
    ],
  },
  400105: {
    zh: ['钉钉不支持这种消息类型', '只能使用 text、link、markdown、actionCard 或 feedCard（注意大小写）'],
    en: [
      'DingTalk does not support this message type',
      'use text, link, markdown, actionCard or feedCard (case matters)',
    ],
  },
  400106: {
    zh: ['机器人不存在，或已被移出群', '确认机器人仍在群中；必要时重新添加，并用新的 Webhook 更新'],
    en: [
      'The robot does not exist or is no longer in the group',
      'check that it is still in the group; re-add it if needed and update the webhook',
    ],
  },
  130101: THROTTLED,
  410100: THROTTLED,
  660026: THROTTLED,
  460101: {
    zh: ['消息太长：请求体超过 20000 字节', '缩短内容或拆成几条消息发送'],
    en: ['The message is too long: the body is over 20000 bytes', 'shorten it or split it into several messages'],
  },
  430101: UNSAFE('含有不安全的外部链接', 'it contains an unsafe external link'),
  430102: UNSAFE('含有不当文字', 'it contains inappropriate text'),
  430103: UNSAFE('含有不当图片', 'it contains an inappropriate image'),
  430104: UNSAFE('含有不当内容', 'it contains inappropriate content'),
  // Not in the robot page's table but answered by the same endpoint (DingTalk's global codes).
  40035: {
    zh: ['请求缺少参数（通常是请求体不是合法 JSON）', '检查消息内容中的特殊字符与换行是否已正确转义'],
    en: [
      'A parameter is missing (usually the body is not valid JSON)',
      'check that special characters and line breaks are escaped',
    ],
  },
  400402: {
    zh: ['消息缺少必填字段，或字段格式不正确', '按钉钉的格式补全字段（字段名区分大小写，见错误信息中的参数名）'],
    en: [
      'A required field is missing or malformed',
      'fill in the field DingTalk names in its message (field names are case-sensitive)',
    ],
  },
  43002: {
    zh: ['钉钉只接受 POST 请求', '用 POST 发送 JSON 请求体'],
    en: ['DingTalk only accepts POST requests', 'send the JSON body with POST'],
  },
  43004: {
    zh: ['请求头 Content-Type 无效', '使用 Content-Type: application/json; charset=utf-8'],
    en: ['The Content-Type header is invalid', 'send Content-Type: application/json; charset=utf-8'],
  },
};

/** 310000 covers every security setting; DingTalk's errmsg says which one failed. */
function securityEntry(errmsg: string): Entry {
  const msg = errmsg.toLowerCase();
  if (msg.includes('keyword') || errmsg.includes('关键词'))
    return {
      zh: ['消息中没有包含机器人设置的任何一个关键词', '在消息中加入至少一个关键词（例如写在标题或正文里）'],
      en: [
        'The message contains none of the robot’s keywords',
        'put at least one of the keywords into the message, e.g. in its title or text',
      ],
    };
  if (msg.includes('timestamp') || errmsg.includes('时间戳'))
    return {
      zh: ['签名的时间戳无效或已过期（须在钉钉服务器时间 1 小时以内）', '校准本机时钟（开启 NTP 自动同步）后重试'],
      en: [
        'The signature’s timestamp is invalid or stale (it must be within an hour of DingTalk’s clock)',
        'correct this machine’s clock (enable NTP) and try again',
      ],
    };
  if (msg.includes('sign') || errmsg.includes('签名'))
    return {
      zh: [
        '签名不匹配：加签密钥不正确，或机器人未开启/已更换加签',
        '从机器人安全设置中重新复制以 SEC 开头的密钥并在此更新',
      ],
      en: [
        'The signature does not match: the signing secret is wrong, or signing was turned off or changed',
        'copy the SEC… secret from the robot’s security settings again and update it here',
      ],
    };
  if (msg.includes('ip') || errmsg.includes('白名单'))
    return {
      zh: ['本服务器的 IP 不在机器人的 IP 白名单中', '在机器人安全设置中把本服务器的出口 IP（或网段）加入白名单'],
      en: [
        'This server’s IP address is not in the robot’s allowlist',
        'add this server’s outgoing IP address (or range) to the robot’s IP allowlist',
      ],
    };
  return {
    zh: ['钉钉的安全设置校验失败（关键词、加签或 IP 白名单）', '对照机器人的安全设置检查关键词、加签密钥与 IP 白名单'],
    en: [
      'DingTalk’s security check failed (keywords, signing or IP allowlist)',
      'compare the robot’s security settings with its keywords, secret and IP allowlist here',
    ],
  };
}

/** DingTalk's own text, cut to a readable length. */
const quote = (errmsg: string) => (errmsg.length > 200 ? `${errmsg.slice(0, 200)}…` : errmsg);

/** A plain explanation and a fix for any errcode DingTalk answers; an unknown one is quoted as is. */
export function explainErrcode(errcode: number, errmsg: string): Bilingual {
  if (errcode === 310000) return compose(securityEntry(errmsg));
  const entry = BY_ERRCODE[errcode];
  if (entry) return compose(entry);
  return compose({
    zh: [
      `钉钉返回了未知错误 ${errcode}：${quote(errmsg) || '（无说明）'}`,
      '按钉钉的说明检查机器人与消息；问题持续请查看钉钉开放平台文档',
    ],
    en: [
      `DingTalk answered with an unknown error ${errcode}: ${quote(errmsg) || '(no message)'}`,
      'check the robot and the message as DingTalk describes; if it persists, see DingTalk’s open platform docs',
    ],
  });
}

export function isKnownErrcode(errcode: number): boolean {
  return errcode === 310000 || errcode in BY_ERRCODE;
}

export function explainTimeout(timeoutMs: number): Bilingual {
  const s = Math.round(timeoutMs / 100) / 10;
  return compose({
    zh: [`钉钉在 ${s} 秒内没有应答`, '无需操作：会自动重试（使用相同的 msgUuid，群里不会重复）'],
    en: [
      `DingTalk did not answer within ${s} s`,
      'nothing to do: it is retried with the same msgUuid, so the group sees it once',
    ],
  });
}

export function explainNetworkError(detail: string): Bilingual {
  return compose({
    zh: [`无法连接钉钉（${detail}）`, '检查本服务器的网络与 DNS；会自动重试'],
    en: [`Could not reach DingTalk (${detail})`, 'check this server’s network and DNS; it is retried automatically'],
  });
}

export function explainHttpStatus(status: number): Bilingual {
  if (status >= 500)
    return compose({
      zh: [`钉钉服务器出错（HTTP ${status}）`, '无需操作：稍后会自动重试'],
      en: [`DingTalk’s server failed (HTTP ${status})`, 'nothing to do: it is retried shortly'],
    });
  if (status === 429) return compose(THROTTLED);
  return compose({
    zh: [
      `钉钉以 HTTP ${status} 拒绝了请求`,
      '检查 DINGTALK_BASE_URL 是否指向 https://oapi.dingtalk.com，以及 Webhook 是否正确',
    ],
    en: [
      `DingTalk refused the request with HTTP ${status}`,
      'check that DINGTALK_BASE_URL points to https://oapi.dingtalk.com and that the webhook is right',
    ],
  });
}

export function explainUnreadableAnswer(status: number): Bilingual {
  return compose({
    zh: [
      `钉钉的应答无法识别（HTTP ${status}，不是包含 errcode 的 JSON）`,
      '无需操作：会用相同的 msgUuid 重试；持续出现请检查 DINGTALK_BASE_URL 或代理设置',
    ],
    en: [
      `DingTalk’s answer could not be read (HTTP ${status}, not JSON with an errcode)`,
      'nothing to do: it is retried with the same msgUuid; if it persists, check DINGTALK_BASE_URL or proxies',
    ],
  });
}
