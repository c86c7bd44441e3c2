/**
 * The pages' Content-Security-Policy: only this site's own scripts, styles,
 * images and form targets; no inline script or style attribute; never framed.
 */
export const PAGE_CSP = pageCsp();

/** The policy of a page showing a map: also the images of its tile server's origin. */
export function pageCsp(imageOrigins: string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    ["img-src 'self'", ...imageOrigins].join(' '),
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
  ].join('; ');
}
