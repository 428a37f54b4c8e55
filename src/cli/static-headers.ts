import { readFileSync } from 'node:fs';

/**
 * The `_headers` file of static hosts (Netlify, Cloudflare Pages): a path pattern at the start of
 * a line, then indented `Name: value` lines; `#` starts a comment. Only `/*` and exact paths are
 * used here, which is all this app needs.
 */
export interface HeaderRule {
  path: string;
  headers: Record<string, string>;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/u)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/u.test(line)) {
      rules.push({ path: line.trim(), headers: {} });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (colon < 0 || !rule) throw new Error(`_headers: cannot read the line "${line.trim()}"`);
    rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/** The headers a request path gets: every rule whose pattern matches, later rules winning. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const matching = rules.filter((rule) =>
    rule.path.endsWith('*') ? path.startsWith(rule.path.slice(0, -1)) : rule.path === path,
  );
  return Object.assign({}, ...matching.map((rule) => rule.headers)) as Record<string, string>;
}

export function readHeadersFile(path: string): HeaderRule[] {
  return parseHeadersFile(readFileSync(path, 'utf8'));
}
