/**
 * The renderer's Content Security Policy: nothing from remote origins, no inline or eval'd script.
 * Inline styles stay allowed because Mantine sets CSS variables through style attributes.
 * Frames only from blob: URLs the page made itself: the in-memory preview of a PDF attachment.
 * Served as a header by main's app:// protocol and by the web harness, and as a meta tag in index.html.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
