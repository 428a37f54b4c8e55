import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createServer } from 'vite';
import type { Plugin, Rollup } from 'vite';
import type { FirstView } from '../app/prerender-first-view.tsx';

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

/** The stylesheets `files` import: Vite would add them only when the dynamic import runs. */
function stylesOf(bundle: Bundle, files: readonly string[]): string[] {
  const css = files.flatMap((file) => {
    const chunk = bundle[file];
    return chunk?.type === 'chunk' ? [...(chunk.viteMetadata?.importedCss ?? [])] : [];
  });
  return [...new Set(css)];
}

/** Renders src/app/prerender-first-view.tsx through Vite's SSR loader (it imports CSS and TSX). */
async function renderFirstView(root: string): Promise<FirstView> {
  const server = await createServer({
    configFile: false,
    root,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
  });
  try {
    const module = (await server.ssrLoadModule('/src/app/prerender-first-view.tsx')) as {
      renderFirstView: (readData: (file: string) => Promise<string>) => Promise<FirstView>;
    };
    return await module.renderFirstView((file) =>
      readFile(join(root, 'public/data', file), 'utf8'),
    );
  } finally {
    await server.close();
  }
}

/**
 * The built index.html carries the default view, rendered by the app itself from the bundled
 * data, so the first paint needs no JavaScript. It also requests at once what the first chart
 * needs: the app's code (modulepreload) with its styles, and the data that view reads (preload).
 * The app hydrates that page (src/app/start-app.tsx).
 */
export function prerenderFirstView(): Plugin {
  let root = process.cwd();
  return {
    name: 'zhibiao:prerender-first-view',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      handler: async (html, context) => {
        const bundle = context.bundle ?? {};
        const view = await renderFirstView(root);
        const app = chunksOf(bundle, '/src/app/start-app.tsx', entryFiles(bundle));
        const links = [
          ...stylesOf(bundle, app).map(
            (file) => `<link rel="stylesheet" crossorigin href="./${file}" />`,
          ),
          ...app.map((file) => `<link rel="modulepreload" crossorigin href="./${file}" />`),
          ...view.files.map(
            (file) => `<link rel="preload" as="fetch" crossorigin href="./data/${file}" />`,
          ),
        ];
        if (!html.includes('<div id="root"></div>')) {
          throw new Error('index.html: no empty <div id="root"></div> to prerender into');
        }
        return html
          .replace('</head>', `  ${links.join('\n    ')}\n  </head>`)
          .replace('<div id="root"></div>', `<div id="root">${view.html}</div>`);
      },
    },
  };
}
