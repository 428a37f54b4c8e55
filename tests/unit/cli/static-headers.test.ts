import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile, readHeadersFile } from '../../../src/cli/static-headers.ts';
import { REPO_ROOT } from './run-preprocess-cli.ts';

/** A policy as a map of directive → sources, so order and spacing do not matter. */
function directives(policy: string): Record<string, string> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((part) => part.trim())
      .filter((part) => part !== '')
      .map((part) => {
        const [name = '', ...sources] = part.split(/\s+/u);
        return [name, sources.join(' ')];
      }),
  );
}

describe('public/_headers, the headers a static host sends', () => {
  const headers = headersFor(readHeadersFile(join(REPO_ROOT, 'public/_headers')), '/index.html');

  it('forbids framing by other sites, MIME sniffing and leaking the URL', () => {
    expect(directives(headers['Content-Security-Policy'] ?? '')['frame-ancestors']).toBe("'self'");
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('no-referrer');
  });

  it('holds the same policy as index.html’s <meta>, plus what only a header can say', () => {
    const html = readFileSync(join(REPO_ROOT, 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/u.exec(html)?.[1] ?? '';
    const sent = directives(headers['Content-Security-Policy'] ?? '');
    delete sent['frame-ancestors'];
    expect(sent).toEqual(directives(meta));
  });
});

describe('parseHeadersFile', () => {
  it('reads paths, indented headers and comments; later matching rules win', () => {
    const rules = parseHeadersFile('# c\n/*\n  A: 1\n  B: x: y\n/data/*\n  A: 2\n');
    expect(headersFor(rules, '/data/index.json')).toEqual({ A: '2', B: 'x: y' });
    expect(headersFor(rules, '/')).toEqual({ A: '1', B: 'x: y' });
  });

  it('says which line it cannot read', () => {
    expect(() => parseHeadersFile('  A: 1\n')).toThrow('_headers: cannot read the line "A: 1"');
  });
});
