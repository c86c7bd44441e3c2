import { LRUCache } from 'lru-cache';

const MAX = 180;

/** Cards whose excerpt this process keeps: a few pages of the lists visited most. */
const KEPT_EXCERPTS = 200;

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

const recent = new LRUCache<string, { body: string; text: string }>({ max: KEPT_EXCERPTS });

/**
 * A proposal's excerpt, kept by its id with the body it was made from: a list
 * shows the same twenty cards to every visitor, and the expressions above are
 * most of a card's cost. An edited body differs from the one kept, so its
 * excerpt is made again (comparing the bodies is far cheaper than the expressions).
 */
export function proposalExcerpt(id: string, body: string): string {
  const kept = recent.get(id);
  if (kept !== undefined && kept.body === body) return kept.text;
  const text = excerpt(body);
  recent.set(id, { body, text });
  return text;
}
