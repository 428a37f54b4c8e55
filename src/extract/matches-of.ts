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
 *
 * A sticky pattern (`y` with `g`) is tried only where its anchor says a match may start, one
 * position after another: for a pattern that opens with a lookbehind (a line start, a sentence
 * start), which the engine would otherwise run at every position of the text.
 */
export function matchesOf(pattern: RegExp, text: string, anchor?: Anchor): MatchIterator {
  if (!pattern.global) throw new Error(`matchesOf needs a global pattern: ${pattern.source}`);
  if (pattern.sticky && !anchor)
    throw new Error(`a sticky pattern needs an anchor: ${pattern.source}`);
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
    const match = anchor && pattern.sticky ? this.anchoredMatch(anchor) : this.nextMatch();
    if (!match) {
      this.from = text.length + 1;
      return DONE;
    }
    this.from = pattern.lastIndex;
    if (match[0] === '') this.from = nextIndex(text, this.from, pattern);
    return { value: match, done: false };
  }

  private nextMatch(): RegExpExecArray | null {
    const { pattern, text, anchor } = this;
    const start = this.from > text.length ? -1 : anchor ? anchor(text, this.from) : this.from;
    if (start === -1) return null;
    pattern.lastIndex = start;
    return pattern.exec(text);
  }

  /** The first match at a position the anchor gives, from `from` on. */
  private anchoredMatch(anchor: Anchor): RegExpExecArray | null {
    const { pattern, text } = this;
    for (let from = this.from; from <= text.length;) {
      const start = anchor(text, from);
      if (start === -1) return null;
      pattern.lastIndex = start;
      const match = pattern.exec(text);
      if (match) return match;
      from = start + 1;
    }
    return null;
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
 * Where each match of a global pattern starts, in order: the positions of one text that several
 * anchors read (leadAnchor), found in one scan rather than one per pattern.
 */
export function positionsOf(pattern: RegExp, text: string): number[] {
  const positions: number[] = [];
  for (const match of matchesOf(pattern, text)) positions.push(match.index);
  return positions;
}

/** Words that may open a match before its number (超过, 约), with their last characters. */
export interface Leads {
  readonly words: readonly string[];
  readonly ends: ReadonlySet<number>;
}

export function leadsOf(words: readonly string[]): Leads {
  return { words, ends: new Set(words.map((word) => word.charCodeAt(word.length - 1))) };
}

/**
 * An anchor for a pattern that opens with optional words (`leads`: 超过, 约, 不低于-) and then a
 * number, which starts at one of `numbers` (in order, from positionsOf). No match starts before
 * the next number less a lead the text holds just before it: a lead holds no digit, so no other
 * number lies between a match's start and its own. Tried at every position instead, such a
 * pattern cost more than the matches of all the parsers.
 *
 * A method bound to its scan, not a closure made per text: a function made anew for each
 * extraction was optimised anew in each (CPU on the compiler's threads), one method once.
 */
export function leadAnchor(numbers: readonly number[], leads: Leads): Anchor {
  const scan = new LeadScan(numbers, leads);
  return scan.start.bind(scan);
}

class LeadScan {
  /** Kept alive, the class and the code that reads its instances survive a collection (see MatchIterator). */
  static readonly keepsItsClassAlive = new LeadScan([], leadsOf([]));
  /** A scan asks from further and further on: the next number is found from the last one. */
  private next = 0;

  constructor(
    private readonly numbers: readonly number[],
    private readonly leads: Leads,
  ) {}

  start(text: string, from: number): number {
    const { numbers, leads } = this;
    if (this.next > 0 && (numbers[this.next - 1] ?? 0) >= from) this.next = 0;
    while (this.next < numbers.length && (numbers[this.next] ?? 0) < from) this.next += 1;
    const number = numbers[this.next];
    if (number === undefined) return -1;
    // Most numbers follow no lead: the character before one settles it without trying each lead.
    if (!leads.ends.has(text.charCodeAt(number - 1))) return number;
    let earliest = number;
    for (const lead of leads.words) {
      const start = number - lead.length;
      if (start >= from && start < earliest && text.startsWith(lead, start)) earliest = start;
    }
    return earliest;
  }
}

/**
 * An anchor for a pattern whose match starts right where one of `words` ends: the lookbehind of
 * (?<=连续)3次, or of 2(?<=分.) in 分2批. Found by the words' last characters, one class scan,
 * then checked: a lookbehind the engine runs at every position, or at every digit, is not.
 */
export function afterWordsAnchor(words: readonly string[]): Anchor {
  const lasts = [...new Set(words.map((word) => word.charCodeAt(word.length - 1)))];
  const last = new RegExp(
    `[${lasts.map((code) => `\\u${code.toString(16).padStart(4, '0')}`).join('')}]`,
    'g',
  );
  return (text, from) => {
    for (last.lastIndex = Math.max(0, from - 1); last.test(text);) {
      const end = last.lastIndex;
      if (end >= from && endsWithWord(text, end, words)) return end;
    }
    return -1;
  };
}

/** Whether one of `words` ends at `end`. */
function endsWithWord(text: string, end: number, words: readonly string[]): boolean {
  for (const word of words) if (text.startsWith(word, end - word.length)) return true;
  return false;
}

/**
 * An anchor for a pattern that starts at the text's start or after one of `chars`: the line
 * starts of (?<=^|[\n\r]). Each call reads on to the next such character only, so a scan stays
 * linear.
 */
export function afterCharAnchor(chars: string): Anchor {
  // A class scan in the regex engine reads a long text faster than a loop over its codes.
  const escaped = [...chars].map(
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  const boundary = new RegExp(`[${escaped.join('')}]`, 'g');
  return (text, from) => {
    if (from === 0) return 0;
    boundary.lastIndex = from - 1;
    return boundary.test(text) ? boundary.lastIndex : -1;
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
