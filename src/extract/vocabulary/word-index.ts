/**
 * A list of words read for "does this text hold any of them anywhere", one pass over the text:
 * a character that starts no word is skipped on one array read, and one that does is tried
 * against the words it starts only.
 */
export interface WordIndex {
  /** 1 at the UTF-16 code of each character that starts a word. */
  readonly starts: Readonly<Uint8Array>;
  readonly byFirst: ReadonlyMap<number, readonly string[]>;
}

/** The index of the non-empty words (an empty word is held by every text: the caller decides). */
export function wordIndex(words: Iterable<string>): WordIndex {
  const starts = new Uint8Array(0x10000);
  const byFirst = new Map<number, string[]>();
  for (const word of new Set(words)) {
    if (word.length === 0) continue;
    const first = word.charCodeAt(0);
    starts[first] = 1;
    const list = byFirst.get(first);
    if (list) list.push(word);
    else byFirst.set(first, [word]);
  }
  return { starts, byFirst };
}

export function holdsAnyWord(text: string, { starts, byFirst }: WordIndex): boolean {
  for (let at = 0; at < text.length; at += 1) {
    const first = text.charCodeAt(at);
    if (starts[first] === 0) continue;
    for (const word of byFirst.get(first) ?? []) if (text.startsWith(word, at)) return true;
  }
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
