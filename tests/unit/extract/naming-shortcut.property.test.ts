import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  knownSubjectOf,
  subjectKey,
  wordingKeys,
} from '../../../src/extract/vocabulary/subject-dictionary.ts';
import { englishSubject } from '../../../src/extract/vocabulary/subject-english.ts';
import { readInFull } from '../../../src/extract/vocabulary/word-index.ts';
import { bundledDatasets } from '../../support/bundled-datasets.ts';

/**
 * Naming settles a subject that holds no word the glossary or dictionary knows without trying
 * each composition and stripping. The shortcut must change no name: a subject it wrongly gave
 * up on would lose its English in the table and its key in compare. Each wording is named with
 * and without it: the bundled reports' subjects, pieces of the real reports' sentences, and
 * known words run together with others (全市规模以上工业增加值增速, 一产增加值 and their like).
 */

const SEEDS = new URL('../../../seeds/', import.meta.url);
const REPORTS = [
  ...readdirSync(SEEDS)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(new URL(name, SEEDS), 'utf8')),
  ...readdirSync(new URL('corpus/', SEEDS))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(new URL(`corpus/${name}`, SEEDS), 'utf8')),
];
const CLAUSES = REPORTS.flatMap((text) => text.split(/[，。；：！？、\n]/u)).filter(
  (clause) => clause.length >= 2,
);
const SUBJECTS = [
  ...new Set(bundledDatasets().flatMap((dataset) => dataset.indicators.map((i) => i.subject.zh))),
];

interface Naming {
  english: string | null;
  rank: string | null;
  key: string | undefined;
  subjectKey: string;
  wordingKeys: string[];
}

function naming(subject: string): Naming {
  return {
    english: englishSubject(subject),
    rank: englishSubject(subject, 'rank'),
    key: knownSubjectOf(subject)?.key,
    subjectKey: subjectKey(subject),
    wordingKeys: wordingKeys(subject),
  };
}

function expectSameNaming(subject: string): void {
  expect(naming(subject), subject).toEqual(readInFull(() => naming(subject)));
}

describe('the naming shortcut', () => {
  it('names every subject of the bundled reports as the full reading does', () => {
    expect(SUBJECTS.length).toBeGreaterThan(500);
    for (const subject of SUBJECTS) expectSameNaming(subject);
  });

  it('names pieces of the reports’ clauses as the full reading does', () => {
    const pieces = fc
      .tuple(fc.constantFrom(...CLAUSES), fc.nat(), fc.integer({ min: 1, max: 20 }))
      .map(([clause, from, length]) => {
        const start = from % clause.length;
        return clause.slice(start, start + length);
      });
    fc.assert(fc.property(pieces, expectSameNaming), { numRuns: 3000 });
  });

  it('names known words run together with others as the full reading does', () => {
    const words = [
      ...SUBJECTS.slice(0, 400),
      ...['全市', '北海市', '规模以上', '一产', '三产', '地方', '总量', '产量', '指数', '增速'],
      ...['（', '）', '“', '”', ' ', 'Ｇ', 'GDP', '新增', '占', '比重', '和', '、', '的', '镍'],
      ...['甲', '乙', '丙'],
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 4 }), (parts) =>
        expectSameNaming(parts.join('')),
      ),
      { numRuns: 3000 },
    );
  });
});
