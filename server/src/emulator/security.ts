import { timingSafeEqual } from 'node:crypto';
import { BlockList, isIPv4 } from 'node:net';
import { SIGNATURE_WINDOW_MS, type DingtalkMessage } from '@dingpost/shared';
import { keywordCheck } from '@dingpost/shared/lint/keywords';
import { signature } from '@dingpost/shared/signing/sign';
import { answers, type DingtalkAnswer } from './answers.ts';

export type EmulatedRobot = {
  name: string;
  token: string;
  secret: string | null;
  keywords: string[];
  /** Addresses and CIDR ranges allowed to send; empty: any. */
  ipAllowlist: string[];
};

/** An IPv4 address, or an IPv4 CIDR range (DingTalk's IP setting takes both). */
export const IPV4_OR_CIDR = /^(\d{1,3}(?:\.\d{1,3}){3})(?:\/(\d{1,2}))?$/;

export function isAllowlistEntry(entry: string): boolean {
  const match = IPV4_OR_CIDR.exec(entry);
  return match !== null && isIPv4(match[1]!) && (match[2] === undefined || Number(match[2]) <= 32);
}

/** The sender's address as DingTalk would show it: IPv4 without the IPv6 mapping prefix. */
function plainAddress(address: string): string {
  return address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
}

/** IP 地址（段）: a robot with an allowlist takes sends only from the addresses on it. */
export function checkIp(robot: EmulatedRobot, remoteAddress: string | undefined): DingtalkAnswer | null {
  if (robot.ipAllowlist.length === 0) return null;
  const address = plainAddress(remoteAddress ?? 'unknown');
  const allowed = new BlockList();
  for (const entry of robot.ipAllowlist) {
    const [base, bits] = entry.split('/');
    if (bits === undefined) allowed.addAddress(base!, 'ipv4');
    else allowed.addSubnet(base!, Number(bits), 'ipv4');
  }
  return isIPv4(address) && allowed.check(address, 'ipv4') ? null : answers.ipNotAllowed(address);
}

/**
 * 加签: `timestamp` and `sign` arrive URL-decoded (an unencoded `+` has become a space, as at DingTalk,
 * so a client that forgets to encode fails here too). Missing either counts as a mismatch.
 */
export function checkSignature(
  robot: EmulatedRobot,
  timestamp: string | undefined,
  sign: string | undefined,
  nowMs: number,
): DingtalkAnswer | null {
  if (robot.secret === null) return null;
  if (!timestamp || !sign) return answers.signMismatch;
  if (!/^\d{1,16}$/.test(timestamp)) return answers.staleTimestamp;
  const ts = Number(timestamp);
  if (Math.abs(nowMs - ts) > SIGNATURE_WINDOW_MS) return answers.staleTimestamp;
  const expected = Buffer.from(signature(ts, robot.secret));
  const given = Buffer.from(sign);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return answers.signMismatch;
  return null;
}

export function checkKeywords(robot: EmulatedRobot, message: DingtalkMessage): DingtalkAnswer | null {
  return keywordCheck(message, robot.keywords).ok ? null : answers.keywordsMissing;
}
