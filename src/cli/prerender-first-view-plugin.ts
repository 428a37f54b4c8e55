import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createServer } from 'vite';
import type { Plugin, Rollup } from 'vite';
import { firstViewGuardScript } from '../app/first-view-guard.ts';
import type { FirstView, PlacePicture } from '../app/prerender-first-view.tsx';

type Bundle = Rollup.OutputBundle;

function chunks(bundle: Bundle): Rollup.OutputChunk[] {
  return Object.values(bundle).filter((item) => item.type === 'chunk');
}

/** The chunk of the module `source` and every chunk it imports statically, entry's excluded. */
function chunksOf(bundle: Bundle, source: string, except: ReadonlySet<string>): string[] {
  const byName = new Map(chunks(bundle).map((chunk) => [chunk.fileName, chunk]));
  const found = chunks(bundle).find((chunk) => chunk.facadeModuleId?.endsWith(source));
  const files: string[] = [];
  const visit = (chunk: Rollup.OutputChunk | undefined) => {
    if (!chunk || except.has(chunk.fileName) || files.includes(chunk.fileName)) return;
    files.push(chunk.fileName);
    for (const file of chunk.imports) visit(byName.get(file));
  };
  visit(found);
  return files;
}

/** What the page's entry loads already, which must not be requested twice. */
function entryFiles(bundle: Bundle): Set<string> {
  const entry = chunks(bundle).find((chunk) => chunk.isEntry);
  return new Set(entry ? [entry.fileName, ...entry.imports] : []);
}

/** The CSP source that allows exactly `script` inline. */
function scriptHash(script: string): string {
  return `'sha256-${createHash('sha256').update(script).digest('base64')}'`;
}

const SELF_SCRIPTS = "script-src 'self'";

/** `policy` (a CSP, in a meta tag or a header) with the guard's hash allowed. */
function allowGuard(policy: string, guard: string): string {
  if (!policy.includes(`${SELF_SCRIPTS};`)) {
    throw new Error(`the Content-Security-Policy has no "${SELF_SCRIPTS};" to add the guard to`);
  }
  return policy.replace(`${SELF_SCRIPTS};`, `${SELF_SCRIPTS} ${scriptHash(guard)};`);
}

function allowGuardInMeta(html: string, guard: string): string {
  return html.replace(
    /(http-equiv="Content-Security-Policy"\s+content=")([^"]+)"/u,
    (_meta, start: string, policy: string) => `${start}${allowGuard(policy, guard)}"`,
  );
}

/**
 * Takes out of `html` the entry script and the module preloads Vite wrote, which the guard
 * requests instead once the page is painted; returns the page and the entry's address.
 */
function withoutEntry(html: string): { html: string; entry: string; modules: string[] } {
  const modules: string[] = [];
  let entry = '';
  const page = html
    .replace(
      /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/u,
      (_tag, src: string) => {
        entry = src;
        return '';
      },
    )
    .replace(/\s*<link rel="modulepreload" crossorigin href="([^"]+)">/gu, (_tag, href: string) => {
      modules.push(href);
      return '';
    });
  if (!entry)
    throw new Error('index.html: no entry <script type="module"> to load after the first paint');
  return { html: page, entry, modules };
}

/**
 * The page's stylesheets written into it: a stylesheet file holds the first paint for a round
 * trip. The build makes one stylesheet (`cssCodeSplit: false`), so no chunk loads CSS later.
 */
function inlineStyles(html: string, bundle: Bundle): string {
  return html.replace(
    /<link rel="stylesheet"[^>]*href="\.\/([^"]+\.css)"[^>]*>/gu,
    (link, file: string) => {
      const asset = bundle[file];
      if (asset?.type !== 'asset')
        throw new Error(`index.html: no stylesheet ${file} in the build`);
      return `<style>${String(asset.source)}</style>`;
    },
  );
}

/** Renders src/app/prerender-first-view.tsx through Vite's SSR loader (it imports CSS and TSX). */
async function renderFirstView(root: string, place: PlacePicture): Promise<FirstView> {
  const server = await createServer({
    configFile: false,
    root,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
  });
  try {
    const module = (await server.ssrLoadModule('/src/app/prerender-first-view.tsx')) as {
      renderFirstView: (
        readData: (file: string) => Promise<string>,
        place: PlacePicture,
      ) => Promise<FirstView>;
    };
    return await module.renderFirstView(
      (file) => readFile(join(root, 'public/data', file), 'utf8'),
      place,
    );
  } finally {
    await server.close();
  }
}

/**
 * The built index.html carries the default view, rendered by the app itself from the bundled
 * data, so the first paint needs no JavaScript, and its styles. Once it is painted, its inline
 * guard requests the rest at once (src/app/first-view-guard.ts): the app's code (its entry and
 * every module the start needs, preloaded together) and the data that view reads. The app
 * hydrates that page (src/app/start-app.tsx).
 */
export function prerenderFirstView(): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  let guard = '';
  // The first chart's pictures, by their file in the build (named by their content's hash).
  const pictures = new Map<string, string>();
  const place: PlacePicture = (name, svg) => {
    const hash = createHash('sha256').update(svg).digest('hex').slice(0, 10);
    const file = `assets/picture-${name}-${hash}.svg`;
    pictures.set(file, svg);
    return `./${file}`;
  };
  return {
    name: 'zhibiao:prerender-first-view',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    // The static host's headers carry the same policy as the page's meta tag.
    async writeBundle() {
      if (!guard) throw new Error('index.html was not prerendered: no first-view guard to allow');
      const file = join(outDir, '_headers');
      await writeFile(file, allowGuard(await readFile(file, 'utf8'), guard));
      for (const [picture, svg] of pictures) await writeFile(join(outDir, picture), svg);
    },
    transformIndexHtml: {
      order: 'post',
      handler: async (html, context) => {
        const bundle = context.bundle ?? {};
        pictures.clear();
        const view = await renderFirstView(root, place);
        const app = chunksOf(bundle, '/src/app/start-app.tsx', entryFiles(bundle));
        if (!html.includes('<div id="root"></div>')) {
          throw new Error('index.html: no empty <div id="root"></div> to prerender into');
        }
        const page = withoutEntry(html);
        guard = firstViewGuardScript({
          entry: page.entry,
          modules: [...page.modules, ...app.map((file) => `./${file}`)],
          data: view.files.map((file) => `./data/${file}`),
        });
        return inlineStyles(allowGuardInMeta(page.html, guard), bundle)
          .replace('</title>', `</title>\n    <script>${guard}</script>`)
          .replace('<div id="root"></div>', `<div id="root">${view.html}</div>`);
      },
    },
  };
}
