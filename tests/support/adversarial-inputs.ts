/**
 * Texts built to make a regex or a search go quadratic: what a pasted spreadsheet, a scraped
 * page or a hostile upload looks like. Shared by `npm run bench` and the linearity unit test,
 * so both feed the extractor the same shapes. Each generator returns at least `chars`
 * characters, deterministically.
 */

export interface AdversarialPattern {
  name: string;
  make: (chars: number) => string;
}

function repeatTo(unit: string, chars: number): string {
  return unit.repeat(Math.ceil(chars / unit.length));
}

/** Units joined in turn until the text is `chars` long. */
function build(chars: number, unitAt: (index: number) => string): string {
  const parts: string[] = [];
  let length = 0;
  for (let index = 0; length < chars; index++) {
    const unit = unitAt(index);
    parts.push(unit);
    length += unit.length;
  }
  return parts.join('');
}

/** A small linear congruential generator: the same "random" text on every machine. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const CJK_WORDS = [
  '地区生产总值',
  '增长',
  '完成',
  '亿元',
  '万人',
  '同比',
  '全市',
  '工业',
  '投资',
  '左右',
];
const NUMBER_UNITS = ['%', '亿元', '万吨', '个', '万人', '倍', ''];

export const ADVERSARIAL_PATTERNS: readonly AdversarialPattern[] = [
  { name: 'ASCII digits', make: (chars) => repeatTo('0123456789', chars) },
  { name: 'ASCII letters', make: (chars) => repeatTo('abcdefghijklmnopqrstuvwxyz', chars) },
  {
    // Lines just under the run-on bound, so the patterns themselves read them: digits, letters,
    // both mixed (a pasted table), and runs of Chinese numerals (万万万…, 一二三…亿).
    name: 'runs under 2,000 characters',
    make: (chars) =>
      build(chars, (index) => {
        const unit = ['0123456789', 'abcdefghij', '1a2b3c', '万', '一二三四五六七八九十百千万亿'][
          index % 5
        ] as string;
        return `${unit.repeat(Math.floor(1_990 / unit.length))}\n`;
      }),
  },
  { name: 'digits with separators', make: (chars) => repeatTo('1.', chars) },
  {
    // 工业、农业……分别增长1%、2%、…: one list that never ends.
    name: '分别增长 list',
    make: (chars) =>
      `全市工业、农业和服务业增加值分别增长${build(chars, (index) => `${(index % 97) + 1}.${index % 10}%、`)}`,
  },
  {
    // 增长1%—2%至3%—4%…: ranges chained without a clause break.
    name: 'chained ranges',
    make: (chars) =>
      `投资增长${build(chars, (index) => `${(index % 90) + 1}%—${(index % 90) + 3}%至`)}`,
  },
  {
    // Report prose with its punctuation lost: numbers and units, no clause or sentence end.
    name: 'unpunctuated sentence',
    make: (chars) =>
      build(chars, (index) =>
        index % 2_000 === 1_999
          ? '。\n'
          : `全市地区生产总值增长${(index % 9) + 1}.${index % 10}%城镇新增就业${(index % 50) + 1}万人`,
      ),
  },
  {
    // Random characters, words and punctuation, with a number in about 75 characters: a report’s
    // density (Beihai has one in 90). Denser, the dataset alone outgrows the text tenfold.
    name: 'random CJK with numbers',
    make: (chars) => {
      const random = seededRandom(11);
      const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
      return build(chars, () => {
        const roll = random();
        if (roll < 0.02)
          return `${Math.floor(random() * 1000)}${random() < 0.5 ? `.${Math.floor(random() * 10)}` : ''}${pick(NUMBER_UNITS)}`;
        if (roll < 0.13) return pick(['，', '。', '、', '；', '\n']);
        if (roll < 0.43) return pick(CJK_WORDS);
        return String.fromCharCode(0x4e00 + Math.floor(random() * 0x5000));
      });
    },
  },
];

/** UTF-8 bytes of one UTF-16 unit: a surrogate pair is 4 bytes, 2 per half. */
function utf8Bytes(code: number): number {
  if (code < 0x80) return 1;
  if (code < 0x800 || (code >= 0xd800 && code < 0xe000)) return 2;
  return 3;
}

/** The pattern's text cut to at most `bytes` UTF-8 bytes, as near to it as the characters allow. */
export function adversarialText(pattern: AdversarialPattern, bytes: number): string {
  const text = pattern.make(bytes);
  let total = 0;
  for (let index = 0; index < text.length; index += 1) {
    total += utf8Bytes(text.charCodeAt(index));
    if (total > bytes) return text.slice(0, index);
  }
  return text;
}
