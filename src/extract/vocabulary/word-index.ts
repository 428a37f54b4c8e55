/**
 * A list of words read for "does this text hold any of them anywhere" (holdsAnyWord, one pass
 * over the text) or "does it end in one" (endsInAnyWord, from the words keyed by their end). A
 * character that starts no word is skipped on one array read, and one that does is tried against
 * the few words that start with it and the character after it (the genre's words share their
 * first characters: a hundred glossary terms open with 新).
 */
export interface WordIndex {
  /** 1 at the UTF-16 code of each character that starts a word (ends it, keyed by the end). */
  readonly keys: Readonly<Uint8Array>;
  /** 1 at the code of each character that is a word of its own (镍). */
  readonly singles: Readonly<Uint8Array>;
  /** The longer words by pairSlot of their first two characters (last two, keyed by the end). */
  readonly byPair: ReadonlyArray<readonly string[] | undefined>;
}

/**
 * A slot for two characters; words whose pairs share one are each tried. Eight thousand slots
 * hold the glossary's two thousand words a few to a slot, in a small array the collector and the
 * cache pass over quickly.
 */
const PAIR_SLOTS = 0x2000;
function pairSlot(first: number, second: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ second) & (PAIR_SLOTS - 1);
}

/**
 * The index of the non-empty words (an empty word is held by every text: the caller decides),
 * keyed by their first characters, or by their last with `byEnd`.
 */
export function wordIndex(words: Iterable<string>, byEnd = false): WordIndex {
  const keys = new Uint8Array(0x10000);
  const singles = new Uint8Array(0x10000);
  // Every slot present from the start: an array written at scattered indices turns into a
  // dictionary, and a Map per first character cost two lookups per character read.
  const byPair: Array<string[] | undefined> = Array.from({ length: PAIR_SLOTS }, () => undefined);
  for (const word of new Set(words)) {
    if (word.length === 0) continue;
    const key = word.charCodeAt(byEnd ? word.length - 1 : 0);
    keys[key] = 1;
    if (word.length === 1) singles[key] = 1;
    else (byPair[pairSlot(key, word.charCodeAt(byEnd ? word.length - 2 : 1))] ??= []).push(word);
  }
  return { keys, singles, byPair };
}

export function holdsAnyWord(text: string, { keys, singles, byPair }: WordIndex): boolean {
  for (let at = 0; at < text.length; at += 1) {
    const first = text.charCodeAt(at);
    if (keys[first] === 0) continue;
    if (singles[first] === 1) return true;
    const words = byPair[pairSlot(first, text.charCodeAt(at + 1))];
    if (words) for (const word of words) if (text.startsWith(word, at)) return true;
  }
  return false;
}

/** Whether `text` ends in one of the words of an index keyed by the end (wordIndex, byEnd). */
export function endsInAnyWord(text: string, { keys, singles, byPair }: WordIndex): boolean {
  const last = text.charCodeAt(text.length - 1);
  if (keys[last] !== 1) return false;
  if (singles[last] === 1) return true;
  const words = byPair[pairSlot(last, text.charCodeAt(text.length - 2))];
  if (words) for (const word of words) if (text.endsWith(word)) return true;
  return false;
}

/**
 * Off only inside readInFull: a test runs the full reading there, to hold a shortcut built on
 * holdsAnyWord to what it would have found.
 */
let shortcuts = true;

/** Whether a reading may settle a text by the words it lacks (see readInFull). */
export function mayShortcut(): boolean {
  return shortcuts;
}

/** What `read` returns with every shortcut off; the extractor is synchronous, so nothing else runs. */
export function readInFull<T>(read: () => T): T {
  const before = shortcuts;
  shortcuts = false;
  try {
    return read();
  } finally {
    shortcuts = before;
  }
}
