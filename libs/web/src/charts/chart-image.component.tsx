import type { ComponentChildren } from 'preact';

/**
 * What every chart is: an inline SVG drawn on the server (no script, no
 * canvas, no style attribute), an image (role="img") named by its <title>,
 * scaled to its container's width. The same figures must be given as text
 * too, in a table beside or after it.
 */
export function ChartImage({
  id,
  title,
  className,
  width,
  height,
  children,
}: {
  /** Unique in the page: the title's id is `${id}-title`. */
  id: string;
  title: string;
  className: string;
  /** The drawing's own units (its viewBox). */
  width: number;
  height: number;
  children: ComponentChildren;
}) {
  return (
    <svg
      class={className}
      role="img"
      aria-labelledby={`${id}-title`}
      viewBox={`0 0 ${width} ${height}`}
      preserveAspectRatio="xMinYMin meet"
    >
      <title id={`${id}-title`}>{title}</title>
      {children}
    </svg>
  );
}
