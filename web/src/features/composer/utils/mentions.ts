/** Whether `@id` appears in the text as a whole mention (not as the start of a longer id). */
export function hasMention(text: string, id: string): boolean {
  let index = text.indexOf(`@${id}`);
  while (index !== -1) {
    const next = text.charAt(index + id.length + 1);
    if (!/[0-9A-Za-z_-]/.test(next)) return true;
    index = text.indexOf(`@${id}`, index + 1);
  }
  return false;
}

/**
 * DingTalk notifies a mentioned person only when `@id` is also in the content, so adding a mention
 * appends it (after a space) unless it is already there.
 */
export function appendMention(text: string, id: string): string {
  if (hasMention(text, id)) return text;
  const separator = text === '' || /\s$/.test(text) ? '' : ' ';
  return `${text}${separator}@${id}`;
}

/**
 * Takes back what appendMention wrote: every whole `@id` that starts the text or follows whitespace, with
 * the space before it (or, at the start of a line, the one after). A longer id, `a@id` or any other text
 * stays as it is.
 */
export function removeMention(text: string, id: string): string {
  const token = `@${id}`;
  const cuts: [number, number][] = [];
  for (let index = text.indexOf(token); index !== -1; index = text.indexOf(token, index + 1)) {
    const end = index + token.length;
    const before = text.charAt(index - 1);
    if ((index > 0 && !/\s/.test(before)) || /[0-9A-Za-z_-]/.test(text.charAt(end))) continue;
    if (before === ' ') cuts.push([index - 1, end]);
    else if (text.charAt(end) === ' ') cuts.push([index, end + 1]);
    else cuts.push([index, end]);
  }
  let result = text;
  for (const [start, end] of cuts.reverse()) result = result.slice(0, start) + result.slice(end);
  return result;
}
