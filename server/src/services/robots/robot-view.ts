import type { Robot, Role } from '@dingpost/shared';

/**
 * Whether this viewer may see the robot's keywords: editors may not (they are part of its security
 * setting), except the Sandbox robot's, which are no secret (the README and the sandbox inbox name them).
 */
export function keywordsVisible(role: Role, robot: Pick<Robot, 'sandbox'>): boolean {
  return role === 'admin' || robot.sandbox;
}

/** A robot as this viewer may see it: with its keywords, or only whether it has any (keywordsVisible). */
export function robotFor(role: Role, robot: Robot): Robot {
  const hasKeywords = robot.keywords.length > 0;
  return keywordsVisible(role, robot) ? { ...robot, hasKeywords } : { ...robot, keywords: [], hasKeywords };
}

/** What an editor is told when a message lacks the robot's keyword: that it does, never which they are. */
export const KEYWORD_MISSING_FOR_EDITOR = {
  zh: '消息里没有机器人的关键词，钉钉会拒收（310000）。关键词只有管理员能看到：请向管理员询问',
  en: 'The message lacks the robot’s keyword, so DingTalk would refuse it (310000). Only admins can see the keywords: ask an admin',
};
