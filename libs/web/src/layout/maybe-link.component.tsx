import type { ComponentChildren } from 'preact';

/**
 * A link to a page that may not exist yet (an optional builder of `links`):
 * plain text until it does, so the site never links nowhere.
 */
export function MaybeLink({ href, children }: { href: string | undefined; children: ComponentChildren }) {
  return href ? <a href={href}>{children}</a> : <>{children}</>;
}
