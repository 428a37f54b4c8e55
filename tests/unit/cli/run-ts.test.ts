import { spawnSync } from 'node:child_process';
import { readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir, REPO_ROOT } from './run-preprocess-cli.ts';

/**
 * `node src/cli/run-ts.mjs ENTRY.ts`, the launcher `npm run preprocess` goes through: it runs a
 * TypeScript command from a cached bundle and must never run a stale one.
 */

let dir = '';
let cache = '';

beforeEach(async () => {
  dir = await makeTempDir();
  cache = join(dir, 'cache');
  await writeFile(
    join(dir, 'entry.ts'),
    [
      "import { pathToFileURL } from 'node:url';",
      "import { greeting } from './greeting.ts';",
      'const direct: boolean = import.meta.url === pathToFileURL(process.argv[1] ?? "").href;',
      "process.stdout.write(`${greeting} ${process.argv.slice(2).join(',')} ${direct}\\n`);",
      'process.exitCode = 3;',
      '',
    ].join('\n'),
  );
  await writeGreeting('hello');
});

afterEach(() => removeTempDir(dir));

async function writeGreeting(word: string): Promise<void> {
  await writeFile(join(dir, 'greeting.ts'), `export const greeting: string = '${word}';\n`);
}

function run(entry = 'entry.ts') {
  return spawnSync(process.execPath, [join(REPO_ROOT, 'src/cli/run-ts.mjs'), entry, 'a', 'b'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ZHIBIAO_CLI_CACHE: cache },
    timeout: 60_000,
  });
}

async function bundleTime(): Promise<number> {
  const [name] = await readdir(cache);
  return (await stat(join(cache, name ?? ''))).mtimeMs;
}

describe('run-ts', () => {
  it('runs the entry as if node ran it: its arguments, its exit code, itself as argv[1]', () => {
    const result = run();

    expect(result.stdout).toBe('hello a,b true\n');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(3);
  });

  it('runs an edited import, not the bundle built before the edit', async () => {
    expect(run().stdout).toBe('hello a,b true\n');
    await writeGreeting('bonjour');

    expect(run().stdout).toBe('bonjour a,b true\n');
  });

  it('reuses the bundle while no source changes, even when one is touched', async () => {
    run();
    const built = await bundleTime();
    await writeGreeting('hello');

    expect(run().stdout).toBe('hello a,b true\n');
    expect(await bundleTime()).toBe(built);
  });

  it('says in one line which entry it could not compile, after where and why', async () => {
    await writeFile(join(dir, 'greeting.ts'), 'export const greeting = ;\n');

    const result = run();

    expect(result.status).toBe(2);
    expect(result.stderr).toContain('greeting.ts:1:');
    expect(result.stderr.trimEnd().split('\n').at(-1)).toMatch(
      /^run-ts: cannot bundle entry\.ts: /u,
    );
    expect(result.stderr).not.toMatch(/^\s+at /mu);
  });
});
