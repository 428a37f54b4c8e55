import type { Candidate, Parser } from '../candidate.ts';
import { parseChineseNumeral } from '../chinese-numeral.ts';
import { CHINESE_DIGITS, HAN } from '../vocabulary/regex-fragments.ts';

// 第一梯队 (a tier) and 第二轮 / 第三批 / 第五届 (the ordinal of a round, batch or session): what
// follows the position says it is not a place in a ranking.
const NOT_A_PLACE_AFTER =
  /^(?:梯队|方阵|阵营|档|梯次|层次|序列|轮|批|届|次|期|代|阶段|季度|号|部分|章|条|类)/u;
const POSITION = `(?:\\d{1,3}|[${CHINESE_DIGITS}]{1,4})`;

/**
 * A position in a ranking, with the scope it is ranked in:
 *   居全区第二  位居全国前三  增速居全省第一位  排名全国第5  荣获第一名
 * Rejected: 第三批 / 第十七届 (ordinals: no 居/排名/获 before them, nor after a ranking verb:
 * 跻身第二轮…试点 is a round), 第一梯队 (a tier), 居世界主要经济体前列 (no number).
 */
export const rankParser: Parser = {
  name: 'rank',
  pattern: new RegExp(
    `(?<verb>位居|位列|居于|跃居|稳居|排名|排在|进入|跻身|迈入|居(?![民住家委])|荣获|获得|获)(?<scope>${HAN}{0,8}?)(?<position>第(?<n>${POSITION})|前(?<top>${POSITION}))(?<suffix>位|名)?`,
    'gdu',
  ),
  extract(context, match): Candidate | null {
    const groups = match.groups ?? {};
    const raw = groups.n ?? groups.top ?? '';
    const value = /^\d+$/u.test(raw) ? Number(raw) : parseChineseNumeral(raw);
    if (value === null || value < 1) return null;
    // 获第三批 is an ordinal of a batch: a won place is 第N名 (or a ranking verb).
    if (/^(?:荣获|获得|获)$/u.test(groups.verb ?? '') && groups.suffix !== '名') return null;
    const position = match.indices?.groups?.position;
    if (!position) return null;
    if (NOT_A_PLACE_AFTER.test(context.text.slice(position[1], position[1] + 3))) return null;
    const scope = (groups.scope ?? '').replace(/^(?:在|于)/u, '');
    return {
      rule: 'rank',
      start: position[0],
      end: position[1],
      matchStart: match.index,
      matchEnd: match.index + match[0].length,
      subjectEnd: match.index,
      measure: 'rank',
      value,
      upper: null,
      unit: 'rank',
      comparator: groups.top ? 'lte' : 'eq',
      scope: scope.length > 0 ? scope : null,
      inferred: [],
    };
  },
};
