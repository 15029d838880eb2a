/**
 * Highlight colours as classes instead of inline styles. An article with thousands of annotations draws thousands of
 * highlight segments; ProseMirror applies a decoration's `style` by rewriting the element's `cssText`, which was the
 * largest single cost of drawing them. Each distinct colour instead gets one rule in a constructed style sheet (CSSOM,
 * which the page's strict CSP allows, unlike inline `<style>`), and segments carry its class.
 */

/** Which custom property a colour class sets: the highlight colour, or the underline of the annotation beneath. */
export type ColourRole = 'colour' | 'under';

const PROPERTY: Record<ColourRole, string> = { colour: '--anno-colour', under: '--anno-under' };

const defined = new Set<string>();
let sheet: CSSStyleSheet | null = null;

function styleSheet(): CSSStyleSheet | null {
  if (sheet) return sheet;
  if (typeof document === 'undefined' || typeof CSSStyleSheet !== 'function' || !('adoptedStyleSheets' in document)) return null;
  sheet = new CSSStyleSheet();
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return sheet;
}

/**
 * The class that gives a highlight `colour` (a `#rrggbb` colour) in `role`, defining its rule on first use; null when
 * the colour is not of that form or the page cannot take constructed style sheets (then the caller falls back to an
 * inline style).
 */
export function colourClass(role: ColourRole, colour: string): string | null {
  const hex = /^#([0-9a-fA-F]{6})$/.exec(colour)?.[1]?.toLowerCase();
  if (!hex) return null;
  const name = `anno-${role}-${hex}`;
  if (defined.has(name)) return name;
  const target = styleSheet();
  if (!target) return null;
  // Added after the page's own sheets, so it wins over the motivation's default at equal specificity.
  target.insertRule(`.${name} { ${PROPERTY[role]}: #${hex}; }`, target.cssRules.length);
  defined.add(name);
  return name;
}
