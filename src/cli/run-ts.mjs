// @ts-check
/**
 * `node src/cli/run-ts.mjs ENTRY.ts [ARGS…]` runs a TypeScript command the way
 * `node --import tsx ENTRY.ts [ARGS…]` would, in the same single process, but from one bundled
 * file that plain node loads at once: tsx compiles every module on every run, which made a
 * preprocess of a small file take over a second before it read a byte.
 *
 * The bundle is cached in node_modules/.cache/zhibiao-cli/ (ZHIBIAO_CLI_CACHE moves it, for
 * tests) with the time, size and hash of every file it was compiled from, packages and this
 * file included, and it is rebuilt when one of them changes, so an edited extractor never runs
 * stale. This file is plain JavaScript because it is what runs before anything can compile
 * TypeScript.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** This file is a source of every bundle: a change to how they are built rebuilds them. */
const SELF = fileURLToPath(import.meta.url);
const HEADER = '// sources: ';
/** @type {Record<string, import('esbuild').Loader>} */
const LOADERS = {
  '.ts': 'ts',
  '.mts': 'ts',
  '.cts': 'ts',
  '.tsx': 'tsx',
  '.js': 'js',
  '.mjs': 'js',
  '.cjs': 'js',
  '.jsx': 'jsx',
  '.json': 'json',
};

/** @param {string | Buffer} content */
const hashOf = (content) => createHash('sha256').update(content).digest('hex').slice(0, 16);

/**
 * @typedef {{ mtimeMs: number, size: number, hash: string }} Source
 * What a bundle was built from: a file whose time and size are as recorded is taken as
 * unchanged, which costs a stat; one that differs is read and compared by hash, so a file
 * touched but not changed costs a read but no rebuild.
 */

/**
 * @param {string} path
 * @returns {{ source: Source, content: Buffer }}
 */
function readSource(path) {
  // Stat before reading: a file changed in between shows a newer time next run, and is hashed.
  const { mtimeMs, size } = statSync(path);
  const content = readFileSync(path);
  return { source: { mtimeMs, size, hash: hashOf(content) }, content };
}

/**
 * The sources a bundle was built from, as its first line says, or null when it has none.
 * @param {string} code
 * @returns {Record<string, Source> | null}
 */
function sourcesOf(code) {
  const end = code.indexOf('\n');
  if (!code.startsWith(HEADER) || end < 0) return null;
  try {
    return JSON.parse(code.slice(HEADER.length, end));
  } catch {
    return null;
  }
}

/** @param {Record<string, Source>} sources */
function unchanged(sources) {
  return Object.entries(sources).every(([path, source]) => {
    try {
      const { mtimeMs, size } = statSync(path);
      if (mtimeMs === source.mtimeMs && size === source.size) return true;
      return size === source.size && hashOf(readFileSync(path)) === source.hash;
    } catch {
      return false;
    }
  });
}

/** @param {string} path */
function readOrEmpty(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/**
 * Compiles `entry` and everything it imports from the project into one ES module. Each source
 * is hashed as esbuild reads it, so the header describes exactly the code compiled; each keeps
 * its own `import.meta.url`, which the CLI uses to find the repository.
 * @param {string} entry
 * @returns {Promise<string>}
 */
async function bundle(entry) {
  const { build } = await import('esbuild');
  /** @type {Record<string, Source>} */
  const sources = { [SELF]: readSource(SELF).source };
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'error',
    // Packages bundled too: resolving and compiling zod's hundred files cost more than the rest.
    // A bundled CommonJS package would call require, which an ES module lacks.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    plugins: [
      {
        name: 'hash-sources',
        setup(build) {
          build.onLoad({ filter: /.*/ }, ({ path }) => {
            const { source, content } = readSource(path);
            sources[path] = source;
            const url = JSON.stringify(pathToFileURL(path).href);
            return {
              contents: content.toString('utf8').replaceAll('import.meta.url', url),
              loader: LOADERS[extname(path)] ?? 'default',
            };
          });
        },
      },
    ],
  });
  const code = result.outputFiles?.[0]?.text ?? '';
  return `${HEADER}${JSON.stringify(sources)}\n${code}`;
}

/**
 * Writes next to the target and renames, so that two runs building at once each leave a
 * whole bundle and neither imports half of one.
 * @param {string} path
 * @param {string} code
 */
function writeWhole(path, code) {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, code);
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}

/**
 * The bundled file for `entry`, built or rebuilt when a source changed.
 * @param {string} entry
 * @returns {Promise<string>}
 */
async function bundledFile(entry) {
  const cacheDir = process.env.ZHIBIAO_CLI_CACHE ?? join(ROOT, 'node_modules/.cache/zhibiao-cli');
  const name = `${basename(entry, extname(entry))}-${hashOf(entry)}.mjs`;
  const path = join(cacheDir, name);
  const sources = sourcesOf(readOrEmpty(path));
  if (!sources || !unchanged(sources)) writeWhole(path, await bundle(entry));
  return path;
}

const [entryArg, ...args] = process.argv.slice(2);
if (entryArg === undefined) {
  process.stderr.write('usage: node src/cli/run-ts.mjs ENTRY.ts [ARGS…]\n');
  process.exit(2);
}
const entry = resolve(entryArg);
let file;
try {
  file = await bundledFile(entry);
} catch (error) {
  // esbuild has already printed what it could not compile, with file and line.
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  process.stderr.write(`run-ts: cannot bundle ${entryArg}: ${message}\n`);
  process.exit(2);
}
// The entry sees the command line it would see under tsx: itself, then its arguments.
process.argv = [process.argv[0] ?? process.execPath, entry, ...args];
await import(pathToFileURL(file).href);
