/** A shell single-quoted string: safe for any text, including quotes. */
function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/**
 * A ready-to-run curl command that sends a text message with an API key. The text holds "dingpost", one
 * of the Sandbox robot's keywords, so the example goes through when `robotId` is the Sandbox robot.
 */
export function curlExample(origin: string, token: string, robotId: string): string {
  const body = JSON.stringify({
    robotId,
    message: { msgtype: 'text', text: { content: 'dingpost: hello from curl' } },
  });
  return [
    `curl -X POST ${shellQuote(`${origin}/api/deliveries`)} \\`,
    `  -H ${shellQuote(`Authorization: Bearer ${token}`)} \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -d ${shellQuote(body)}`,
  ].join('\n');
}
