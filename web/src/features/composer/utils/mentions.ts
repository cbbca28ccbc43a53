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
