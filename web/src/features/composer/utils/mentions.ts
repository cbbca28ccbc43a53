/**
 * Where `@id` stands in the text as a whole mention: at the start of the text or after whitespace, and not
 * the start of a longer id. `mail@138` and `@13800` are not mentions of 138. Adding and removing a mention
 * share this one rule, so whatever appendMention counts as present, removeMention can take out.
 */
function mentionPositions(text: string, id: string): number[] {
  const token = `@${id}`;
  const positions: number[] = [];
  for (let index = text.indexOf(token); index !== -1; index = text.indexOf(token, index + 1)) {
    const startsWord = index === 0 || /\s/.test(text.charAt(index - 1));
    const endsWord = !/[0-9A-Za-z_-]/.test(text.charAt(index + token.length));
    if (startsWord && endsWord) positions.push(index);
  }
  return positions;
}

/** Whether `@id` appears in the text as a whole mention (see mentionPositions). */
export function hasMention(text: string, id: string): boolean {
  return mentionPositions(text, id).length > 0;
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
 * Takes back what appendMention wrote: every whole `@id` (see mentionPositions), with
 * the space before it (or, at the start of a line, the one after). A longer id, `a@id` or any other text
 * stays as it is.
 */
export function removeMention(text: string, id: string): string {
  const length = id.length + 1;
  const cuts = mentionPositions(text, id).map((index): [number, number] => {
    const end = index + length;
    if (text.charAt(index - 1) === ' ') return [index - 1, end];
    if (text.charAt(end) === ' ') return [index, end + 1];
    return [index, end];
  });
  let result = text;
  for (const [start, end] of cuts.reverse()) result = result.slice(0, start) + result.slice(end);
  return result;
}
