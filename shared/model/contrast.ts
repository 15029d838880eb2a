/**
 * Text on a coloured chip (a verdict, a tag) in the app and in exported reports: dark or white, whichever the WCAG
 * contrast ratio favours, since the colours come from the newsroom's scale and the user's tags, not from a designer.
 */

/** The dark text `readableTextOn` picks. */
export const DARK_TEXT = '#1a1a1a';

/** WCAG relative luminance of a `#rrggbb` colour (0 black .. 1 white), or null when it is not one. */
function luminance(hex: string): number | null {
  const m = /^#([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return null;
  const n = parseInt(m[1] ?? '0', 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/**
 * The text colour that reads best on a chip of colour `background`: near-black or white, whichever contrasts more.
 * Verdict colours come from the newsroom's scale (yellow "Mixed", grey "Unverified", light green "Mostly true"), and
 * white on those fell to 1.7–2.9:1, below the 4.5:1 small text needs.
 */
export function readableTextOn(background: string): string {
  const l = luminance(background);
  if (l === null) return '#fff';
  const onWhite = 1.05 / (l + 0.05);
  const onDark = (l + 0.05) / ((luminance(DARK_TEXT) ?? 0) + 0.05);
  return onDark > onWhite ? DARK_TEXT : '#fff';
}
