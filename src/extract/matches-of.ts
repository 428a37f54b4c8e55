/**
 * Every match of a global pattern, like `text.matchAll(pattern)` but on the pattern itself.
 *
 * `matchAll` clones its regex on each call, and V8 compiles a clone afresh (bytecode first,
 * then native code) whenever a garbage collection has emptied its regex cache: the extractor's
 * few dozen patterns were compiled again after every collection, which was half of a Beihai
 * extraction. A module-scope regex keeps its code. `lastIndex` is set before each step, so a
 * caller may run the same pattern again inside the loop. An iterator class, not a generator:
 * resuming a generator cost more than the match itself on texts of a few hundred thousand
 * numbers.
 */
export function matchesOf(pattern: RegExp, text: string, anchor?: Anchor): MatchIterator {
  if (!pattern.global) throw new Error(`matchesOf needs a global pattern: ${pattern.source}`);
  return new MatchIterator(pattern, text, anchor);
}

class MatchIterator implements IterableIterator<RegExpExecArray> {
  /**
   * One iterator that lives as long as the module. V8 gives an object built field by field a
   * hidden class that only its instances keep alive: when a garbage collection found none (between
   * two extractions), the class died, and the optimised code of every function that read an
   * iterator (each parser loop, the time refiner, the sentence scans) was thrown away and compiled
   * again during the next extraction. Kept alive, the class and that code survive.
   */
  static readonly keepsItsClassAlive = new MatchIterator(/(?:)/gu, '', undefined);
  private from = 0;

  constructor(
    private readonly pattern: RegExp,
    private readonly text: string,
    private readonly anchor: Anchor | undefined,
  ) {}

  [Symbol.iterator](): MatchIterator {
    return this;
  }

  next(): IteratorResult<RegExpExecArray> {
    const { pattern, text, anchor } = this;
    const start = this.from > text.length ? -1 : anchor ? anchor(text, this.from) : this.from;
    if (start === -1) return DONE;
    pattern.lastIndex = start;
    const match = pattern.exec(text);
    if (!match) {
      this.from = text.length + 1;
      return DONE;
    }
    this.from = pattern.lastIndex;
    if (match[0] === '') this.from = nextIndex(text, this.from, pattern);
    return { value: match, done: false };
  }
}

const DONE: IteratorReturnResult<undefined> = { value: undefined, done: true };

/**
 * Where the next match can start at the earliest, from `from` on, or -1 when none can. A pattern
 * that opens with optional words or a lookbehind is tried at every position of the text; with an
 * anchor it is tried only from where a match is possible.
 */
export type Anchor = (text: string, from: number) => number;

/**
 * An anchor for a word every match holds at most `maxLead` characters after its start: 百分之 in
 * 增长百分之五. No match starts before the word's next occurrence less `maxLead`.
 */
export function wordAnchor(word: string, maxLead: number): Anchor {
  return (text, from) => {
    const next = text.indexOf(word, from);
    return next === -1 ? -1 : Math.max(from, next - maxLead);
  };
}

/**
 * Past an empty match by one character: a whole surrogate pair when the pattern is Unicode. Only
 * an empty match asks, since `flags` builds a string at each read (once per sentence and pattern
 * in the time refiner).
 */
function nextIndex(text: string, index: number, pattern: RegExp): number {
  if (!pattern.unicode && !pattern.flags.includes('v')) return index + 1;
  const code = text.codePointAt(index);
  return index + (code !== undefined && code > 0xffff ? 2 : 1);
}
