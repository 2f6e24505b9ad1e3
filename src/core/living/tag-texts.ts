/**
 * The texts a document's controls hold, by tag, in document order: what the
 * .docx reader and the Word pane read a report into, and what the update
 * decides from. A hostile file may hold a hundred thousand controls of one
 * tag, so each text is appended in place, never by copying the list so far.
 */
export type TagTexts = Map<string, string[]>;

export function addTagText(texts: TagTexts, tag: string, text: string): void {
  const held = texts.get(tag);
  if (held === undefined) texts.set(tag, [text]);
  else held.push(text);
}
