const MAX = 180;

/**
 * The start of a Markdown body as plain text, for a card: markup characters
 * dropped, cut at a word under MAX characters. Rendering the Markdown of
 * every card would cost more than the rest of the list page.
 */
export function excerpt(markdown: string): string {
  const text = markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[#*_`>~|]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= MAX) return text;
  const cut = text.slice(0, MAX);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
