import type { DingtalkMessage } from '@dingpost/shared';

/** Made-up picture URLs: the screenshot script answers them itself (there is no internet). */
export const IMAGE_HOST = 'https://img.example.com';

/** A realistic zh-CN message of each kind the composer offers, in the order the README shows them. */
export const SHOTS: { kind: string; message: DingtalkMessage }[] = [
  {
    kind: 'text',
    message: {
      msgtype: 'text',
      text: {
        content:
          '【发布通知】订单服务 v2.3.1 今晚 22:00 开始灰度发布，预计持续 15 分钟，期间下单接口可能偶发超时。如有异常请在群里反馈，值班同学 @13800138000 会第一时间跟进。',
      },
      at: { atMobiles: ['13800138000'], isAtAll: false },
    },
  },
  {
    kind: 'link',
    message: {
      msgtype: 'link',
      link: {
        title: '通知：2025 年第三季度产品路线图已发布',
        text: '本季度重点推进移动端体验优化、消息模板市场和开放平台三个方向，点击查看完整路线图、负责人与排期。',
        messageUrl: 'https://docs.example.com/roadmap/2025-q3',
        picUrl: `${IMAGE_HOST}/roadmap.png`,
      },
    },
  },
  {
    kind: 'markdown',
    message: {
      msgtype: 'markdown',
      markdown: {
        title: '线上告警通知：支付网关错误率升高',
        text: [
          '#### 线上告警通知 · 支付网关',
          '> 告警级别：<font color=#FF0000>P1</font>',
          '',
          '**服务**：pay-gateway（华东 2）  ',
          '**现象**：5 分钟内错误率 4.7%，超过阈值 1%  ',
          '**开始时间**：2025-06-18 14:32',
          '',
          '1. 已自动扩容到 12 个实例',
          '2. 值班同学正在排查数据库连接池',
          '',
          '[查看监控面板](https://grafana.example.com/d/pay-gateway) @13900139000',
        ].join('\n'),
      },
      at: { atMobiles: ['13900139000'], isAtAll: false },
    },
  },
  {
    kind: 'action-card-whole',
    message: {
      msgtype: 'actionCard',
      actionCard: {
        title: '新版考勤制度上线通知',
        text: [
          `![考勤制度](${IMAGE_HOST}/attendance.png)`,
          '',
          '### 新版考勤制度 7 月 1 日起执行',
          '',
          '弹性上班时间调整为 **8:30–10:00**，请假、加班与外出申请统一在「审批」中提交，原纸质流程同时停用。',
        ].join('\n'),
        singleTitle: '阅读全文',
        singleURL: 'https://hr.example.com/policy/attendance-2025',
      },
    },
  },
  {
    kind: 'action-card-independent',
    message: {
      msgtype: 'actionCard',
      actionCard: {
        title: '请假审批通知',
        text: [
          '### 张伟提交了请假申请',
          '',
          '**类型**：年假  ',
          '**时间**：6 月 20 日 – 6 月 23 日（共 4 天）  ',
          '**事由**：回老家参加家人婚礼  ',
          '**工作交接**：李娜',
        ].join('\n'),
        btnOrientation: '1',
        btns: [
          { title: '同意', actionURL: 'https://oa.example.com/approval/1024?action=agree' },
          { title: '拒绝', actionURL: 'https://oa.example.com/approval/1024?action=reject' },
        ],
      },
    },
  },
  {
    kind: 'feed-card',
    message: {
      msgtype: 'feedCard',
      feedCard: {
        links: [
          {
            title: '技术周报通知：服务网格在订单链路的落地实践',
            messageURL: 'https://blog.example.com/weekly/42/service-mesh',
            picURL: `${IMAGE_HOST}/weekly-mesh.png`,
          },
          {
            title: '前端性能优化：首屏时间缩短 40% 的五个做法',
            messageURL: 'https://blog.example.com/weekly/42/first-paint',
            picURL: `${IMAGE_HOST}/weekly-web.png`,
          },
          {
            title: '数据库迁移复盘：从 MySQL 5.7 平滑升级到 8.0',
            messageURL: 'https://blog.example.com/weekly/42/mysql-8',
            picURL: `${IMAGE_HOST}/weekly-db.png`,
          },
        ],
      },
    },
  },
];
