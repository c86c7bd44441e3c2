/**
 * The pages' Content-Security-Policy: only this site's own scripts, styles,
 * images and form targets; no inline script or style attribute; never framed.
 */
export const PAGE_CSP = policyWithImages([]);

/**
 * The policy of a page: PAGE_CSP, made once per process, for a page without a map; a page showing a map may also
 * show the images of its tile server's origin (made for each such page: the municipality may change its server).
 */
export function pageCsp(imageOrigins: readonly string[] = []): string {
  return imageOrigins.length === 0 ? PAGE_CSP : policyWithImages(imageOrigins);
}

function policyWithImages(imageOrigins: readonly string[]): string {
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
