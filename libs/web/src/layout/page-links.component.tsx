/**
 * The links between the pages of a keyset-paginated list (search, proposals, comments, reports): back to
 * the first page once past it (`paged`), and the next page while there is one. `link` gives a page's
 * address from its cursor (none: the first page). Nothing on a list that fits on one page.
 */
export function PageLinks(props: {
  label: string;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  paged: boolean;
  link: (after?: string) => string;
  firstLabel: string;
  nextLabel: string;
}) {
  const { hasNextPage, endCursor } = props.pageInfo;
  if (!hasNextPage && !props.paged) return null;
  return (
    <nav class="pagination" aria-label={props.label}>
      <ul>
        {props.paged && (
          <li>
            <a href={props.link()}>{props.firstLabel}</a>
          </li>
        )}
        {hasNextPage && endCursor && (
          <li>
            <a href={props.link(endCursor)} rel="next">
              {props.nextLabel}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
