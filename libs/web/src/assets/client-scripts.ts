/**
 * Enhancement scripts, bundled by esbuild from `<name>.client.ts` files under
 * libs/web/src into hashed files. Pages name the ones they need; each must
 * work on a page that is complete without it.
 */
export const CLIENT_SCRIPTS = {
  'password-toggle': 'forms/password-toggle.client.ts',
  'ballot-total': 'budgets/ballot-total.client.ts',
  'receipt-actions': 'budgets/receipt-actions.client.ts',
  'receipt-check': 'budgets/receipt-check.client.ts',
  'submit-once': 'proposals/submit-once.client.ts',
  map: 'map/map.client.ts',
  'export-job': 'staff/admin/export-job.client.ts',
} as const;

export type ClientScript = keyof typeof CLIENT_SCRIPTS;

/**
 * Style sheets only some pages link, beside the site's: the maps' (Leaflet's
 * own rules, served from here rather than a CDN, and ours).
 */
export const PAGE_STYLESHEETS = {
  map: 'map/map.css',
} as const;

export type PageStylesheet = keyof typeof PAGE_STYLESHEETS;
