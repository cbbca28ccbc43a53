/**
 * Updates a container to hold `html` (the shared renderer's safe output) while leaving unchanged
 * top-level blocks in place: typing into a long message re-lays-out and re-shapes only the paragraph
 * being edited, not the whole preview. The HTML is parsed inside an inert <template>.
 */
export function patchHtml(container: HTMLElement, html: string): void {
  const template = document.createElement('template');
  template.innerHTML = html;
  const next = Array.from(template.content.childNodes);
  const current = Array.from(container.childNodes);
  let start = 0;
  while (start < next.length && start < current.length && current[start]!.isEqualNode(next[start]!)) start++;
  let endNext = next.length;
  let endCurrent = current.length;
  while (endNext > start && endCurrent > start && current[endCurrent - 1]!.isEqualNode(next[endNext - 1]!)) {
    endNext--;
    endCurrent--;
  }
  const anchor = current[endCurrent] ?? null;
  for (let i = start; i < endCurrent; i++) container.removeChild(current[i]!);
  for (let i = start; i < endNext; i++) container.insertBefore(next[i]!, anchor);
}
