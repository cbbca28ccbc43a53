import type { DingtalkMessage } from '@dingpost/shared';

/** One valid message of each kind, each holding the keyword "dingpost". */
export const SAMPLE_MESSAGES: Record<string, DingtalkMessage> = {
  text: {
    msgtype: 'text',
    text: { content: 'dingpost: 我就是我, 是不一样的烟火 @13800000000' },
    at: { atMobiles: ['13800000000'], isAtAll: false },
  },
  link: {
    msgtype: 'link',
    link: { title: 'dingpost 时代的火车向前开', text: '红树林', messageUrl: 'https://www.dingtalk.com/', picUrl: '' },
  },
  markdown: {
    msgtype: 'markdown',
    markdown: { title: '杭州天气', text: '#### 杭州天气 dingpost\n> 9度，西北风1级\n\n> ###### 10点20分发布' },
  },
  actionCardWhole: {
    msgtype: 'actionCard',
    actionCard: {
      title: 'dingpost 乔布斯 20 年前想打造一间苹果咖啡厅',
      text: '![screenshot](https://example.com/a.png)\n### 乔布斯',
      btnOrientation: '0',
      singleTitle: '阅读全文',
      singleURL: 'https://www.dingtalk.com/',
    },
  },
  actionCardIndependent: {
    msgtype: 'actionCard',
    actionCard: {
      title: 'dingpost 两个按钮',
      text: '选一个',
      btnOrientation: '1',
      btns: [
        { title: '内容不错', actionURL: 'https://www.dingtalk.com/' },
        { title: '不感兴趣', actionURL: 'dingtalk://dingtalkclient/page/link?url=https%3A%2F%2Fa.b&pc_slide=true' },
      ],
    },
  },
  feedCard: {
    msgtype: 'feedCard',
    feedCard: {
      links: [
        {
          title: 'dingpost 时代的火车向前开1',
          messageURL: 'https://www.dingtalk.com/',
          picURL: 'https://img.example.com/1.png',
        },
        {
          title: '时代的火车向前开2',
          messageURL: 'https://www.dingtalk.com/',
          picURL: 'https://img.example.com/2.png',
        },
      ],
    },
  },
};
