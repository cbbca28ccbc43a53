/** Text edits behind the markdown toolbar: pure, so they are tested without a DOM. */
export interface TextEdit {
  text: string;
  /** The selection after the edit. */
  start: number;
  end: number;
}

/** Wraps the selection in before/after, or removes them when it is already wrapped; an empty selection gets a placeholder. */
export function toggleWrap(
  text: string,
  start: number,
  end: number,
  before: string,
  after: string,
  placeholder: string,
): TextEdit {
  const selected = text.slice(start, end);
  if (text.slice(start - before.length, start) === before && text.slice(end, end + after.length) === after) {
    return {
      text: text.slice(0, start - before.length) + selected + text.slice(end + after.length),
      start: start - before.length,
      end: end - before.length,
    };
  }
  const inner = selected || placeholder;
  return {
    text: text.slice(0, start) + before + inner + after + text.slice(end),
    start: start + before.length,
    end: start + before.length + inner.length,
  };
}

function lineBounds(text: string, start: number, end: number): [number, number] {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const stop = text.indexOf('\n', end > start && text[end - 1] === '\n' ? end - 1 : end);
  return [from, stop === -1 ? text.length : stop];
}

const LIST_OR_QUOTE = /^(#{1,6} |> |- |\d+\. )/;

/**
 * Gives every selected line a prefix (quote, list item); when all of them have it already, removes it.
 * `prefix` gets the line's index so ordered lists count 1., 2., 3.
 */
export function toggleLinePrefix(
  text: string,
  start: number,
  end: number,
  prefix: (index: number) => string,
  matches: RegExp,
): TextEdit {
  const [from, to] = lineBounds(text, start, end);
  const lines = text.slice(from, to).split('\n');
  const remove = lines.every((line) => matches.test(line));
  const next = lines.map((line, i) =>
    remove ? line.replace(matches, '') : prefix(i) + line.replace(LIST_OR_QUOTE, ''),
  );
  const block = next.join('\n');
  return { text: text.slice(0, from) + block + text.slice(to), start: from, end: from + block.length };
}

/** Cycles the current line's heading: none → # → ## → ### → none. */
export function cycleHeading(text: string, start: number, end: number): TextEdit {
  const [from, to] = lineBounds(text, start, start);
  const line = text.slice(from, to);
  const level = /^(#{1,6}) /.exec(line)?.[1]?.length ?? 0;
  const bare = line.replace(/^#{1,6} /, '').replace(LIST_OR_QUOTE, '');
  const nextLine = level >= 3 ? bare : `${'#'.repeat(level + 1)} ${bare}`;
  const shift = nextLine.length - line.length;
  return {
    text: text.slice(0, from) + nextLine + text.slice(to),
    start: Math.max(from, start + shift),
    end: Math.max(from, end + shift),
  };
}

/** Inserts a construct at the selection, replacing it, and selects `select` inside the inserted text. */
export function insertAt(text: string, start: number, end: number, insert: string, select?: string): TextEdit {
  const offset = select ? insert.indexOf(select) : -1;
  const at = start + (offset === -1 ? insert.length : offset);
  return {
    text: text.slice(0, start) + insert + text.slice(end),
    start: at,
    end: offset === -1 ? at : at + (select?.length ?? 0),
  };
}

export const QUOTE_PREFIX = /^> /;
export const BULLET_PREFIX = /^- /;
export const ORDERED_PREFIX = /^\d+\. /;
