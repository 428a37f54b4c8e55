import { words } from './regex-fragments.ts';

/** Words that state a rise: 增长5%, 提高0.6个百分点. */
export const RISES = words('增长 增幅 涨幅 上涨 增速 提高 提升 上升 增加 增长率 微增 调增 上调');
/** Words that state a fall: the value becomes negative (下降2.1% → −2.1). */
export const FALLS = words(
  '下降 减少 降低 回落 下滑 降幅 微降 下跌 压减 压缩 缩减 削减 调减 缩短 再降 降',
);
