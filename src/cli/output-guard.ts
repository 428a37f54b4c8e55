import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { InputError } from './input-error.ts';

/** A path with its symbolic links resolved as far as it exists (the output may not exist yet). */
async function settledPath(path: string): Promise<string> {
  const absolute = resolve(path);
  const real = await realpath(absolute).catch(() => null);
  if (real !== null) return real;
  const parent = dirname(absolute);
  return parent === absolute ? absolute : join(await settledPath(parent), basename(absolute));
}

/** A hard link to the input is the input too. */
async function sameFile(a: string, b: string): Promise<boolean> {
  const [first, second] = await Promise.all(
    [stat(a), stat(b)].map((info) => info.catch(() => null)),
  );
  return !!first && !!second && first.dev === second.dev && first.ino === second.ino;
}

function isInside(directory: string, path: string): boolean {
  const rel = relative(directory, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/**
 * Refuses an output that would destroy a report: the input itself (a link or `./` spelling of it
 * included), or any file under `seeds/`, which holds the reports the bundled datasets come from.
 * Paths are absolute; `typedOut` is the output as the user typed it, for the message.
 */
export async function refuseUnsafeOutput(paths: {
  input: string;
  out: string;
  typedOut: string;
  seedsDir: string;
}): Promise<void> {
  const out = paths.typedOut;
  const [inputPath, outPath, seedsPath] = await Promise.all(
    [paths.input, paths.out, paths.seedsDir].map(settledPath),
  );
  if (outPath === inputPath || (await sameFile(paths.input, paths.out))) {
    throw new InputError(
      out,
      'is the input report itself; choose another --out (e.g. report.json)',
    );
  }
  if (isInside(seedsPath ?? '', outPath ?? '')) {
    throw new InputError(
      out,
      'is under seeds/, which holds the source reports; write datasets elsewhere (e.g. public/data/)',
    );
  }
}
