const START_TAG = /<([a-z][\w-]*)(\s[^>]*)>/giu;
const STYLE_ATTRIBUTE = /\sstyle="([^"]*)"/u;
const CLASS_ATTRIBUTE = /\sclass="([^"]*)"/u;

/**
 * `svg` (ECharts' server-side SVG) with every inline style that repeats moved into one class
 * rule. ECharts writes the font stack into the style of each label, some 140 of them in the
 * first chart's picture and a third of its bytes; a browser parses and resolves each inline
 * style on its own, where elements of one class share one computed style. The classes are
 * named `${prefix}-0`, `${prefix}-1`…: the prefix keeps them apart from any other picture's in
 * the page. A style used once stays where it is.
 */
export function withSharedStyles(svg: string, prefix: string): string {
  const counts = new Map<string, number>();
  for (const [, , attributes = ''] of svg.matchAll(START_TAG)) {
    const style = STYLE_ATTRIBUTE.exec(attributes)?.[1];
    if (style !== undefined) counts.set(style, (counts.get(style) ?? 0) + 1);
  }
  const classes = new Map<string, string>();
  for (const [style, count] of counts) {
    if (count > 1) classes.set(style, `${prefix}-${classes.size}`);
  }
  if (classes.size === 0) return svg;
  const tagged = svg.replace(START_TAG, (tag, name: string, attributes: string) => {
    const shared = classes.get(STYLE_ATTRIBUTE.exec(attributes)?.[1] ?? '');
    if (shared === undefined) return tag;
    const rest = attributes.replace(STYLE_ATTRIBUTE, '');
    const existing = CLASS_ATTRIBUTE.exec(rest)?.[1];
    return existing === undefined
      ? `<${name} class="${shared}"${rest}>`
      : `<${name}${rest.replace(CLASS_ATTRIBUTE, ` class="${existing} ${shared}"`)}>`;
  });
  const rules = [...classes].map(([style, name]) => `.${name}{${style}}`).join('');
  // Right inside the root <svg>, which the first match is.
  return tagged.replace(/<svg\b[^>]*>/u, (root) => `${root}<style>${rules}</style>`);
}
