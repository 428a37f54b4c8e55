import type { SectorId } from '../../dataset/dataset-schema.ts';
import { words } from './regex-fragments.ts';

/**
 * Keywords that put a subject (first) or a section title (second) in a sector.
 * The longest keyword found wins, so 工业投资 (investment) beats 工业 (industry)
 * and 第二产业增加值 (economy) beats 增加值.
 */
const SECTOR_KEYWORDS: Readonly<Record<SectorId, readonly string[]>> = {
  economy: words(
    `地区生产总值 生产总值 国内生产总值 GDP 经济增长 经济总量 产业增加值 一产 二产 三产 居民消费价格 消费价格 CPI 物价 国际收支 研发经费 研发投入 经济发展 经济平稳 经济运行 经济循环`,
  ),
  industry: words(
    `工业 制造业 规上工业 规模以上工业 技改 光伏 产能 工业企业 高技术制造业 战略性新兴产业 先导产业 集成电路 生物医药 人工智能 新能源汽车 产业项目 工业项目 龙头企业 专精特新 智能制造 单项冠军 产业链 能源 电力 发电 装机 新型工业化 产业`,
  ),
  agriculture: words(
    `粮食 农田 耕地 撂荒耕地 农业 农村 乡村 三农 蔬菜 水果 肉类 水产品 养殖 畜禽 渔业 渔港 脱贫 果蔬 罗汉松 土地流转 撂荒 网箱 种植 农民 村 林业 大棚`,
  ),
  services: words(
    `消费 零售 旅游 内需 扩内需 国内需求 旅游收入 旅游总收入 营业收入 游客 服务业 文旅 电商 网络零售 餐饮 夜间 直播 商圈 第三产业 促消费 会展 物流 高端服务业 商贸 邮轮 便民生活圈 夜市 摊位 金融市场交易`,
  ),
  trade: words(
    `外贸 进出口 外资 出口 进口 口岸 航线 开放 自贸 跨境 东盟 保税 外商 跨国公司 国际 海铁联运`,
  ),
  investment: words(
    `投资 招商 市场主体 经营主体 签约 营商 企业家 民营 项目 上市 挂牌 融资需求 强优企业 500强 走访服务企业 企业 招大引强 引强`,
  ),
  fiscal: words(
    `一般公共预算收入 一般公共预算支出 公共预算 预算收入 税收收入 税收 财政 预算 税 贷款 融资 赤字 债 金融 存款 专项债 桂惠贷 国债 保险机构 资本`,
  ),
  livelihood: words(
    `可支配收入 人均可支配收入 居民收入 农民收入 人均收入 纯收入 就业 失业 教育 幼儿园 学校 医疗 医保 参保 养老 社保 社会保障 住房 棚户区 低保 卫生 文化 体育 赛事 非遗 人才 医院 托育 民生 保障性 高考 学生 教师 床位 困难群众 残疾人 健康 公共服务 惠民`,
  ),
  environment: words(
    `空气 水质 优良 生态 红树林 排放 能耗 污染 绿地 森林 碳 环境 湿地 水体 饮用水 蓝天 海域 绿色 节能 减排 二氧化碳`,
  ),
  urban: words(
    `城市 道路 公路 铁路 高铁 大桥 桥 小区 背街小巷 停车位 绿道 公园 管网 城镇化 泊位 航道 管沟 地铁 轨道交通 供水 燃气 排水 雨污 老旧 城市更新 码头 港口 机场 交通 基础设施 人居`,
  ),
  governance: words(
    `安全感 治安 信访 满意率 建议 提案 安全生产 事故 平安 治理 法治 应急 防灾 救灾 台风 降雨 扫黑 犯罪 政务服务 审计 改革 风险`,
  ),
};

const KEYWORD_TO_SECTOR = new Map<string, SectorId>();
for (const [sector, words] of Object.entries(SECTOR_KEYWORDS) as Array<
  [SectorId, readonly string[]]
>) {
  for (const word of words) if (!KEYWORD_TO_SECTOR.has(word)) KEYWORD_TO_SECTOR.set(word, sector);
}
/**
 * Keywords by the code of their first character, so a text is read once rather than once per
 * keyword (a code, not the character: a CJK character's one-character string is made anew).
 */
const KEYWORDS_BY_FIRST = new Map<number, string[]>();
for (const word of KEYWORD_TO_SECTOR.keys()) {
  const first = word.charCodeAt(0);
  const list = KEYWORDS_BY_FIRST.get(first);
  if (list) list.push(word);
  else KEYWORDS_BY_FIRST.set(first, [word]);
}

/**
 * The sector of the longest keyword in `text`; between equally long ones the later wins,
 * since a Chinese noun phrase ends in its head (治理撂荒耕地 is about 耕地). A report names the
 * same subjects many times: `seen` keeps the answers of one extraction, so a long text stays
 * linear, and none outlives it (a cache across calls would make repeated runs look faster).
 */
export function sectorOfText(text: string, seen?: Map<string, SectorId | null>): SectorId | null {
  const known = seen?.get(text);
  if (known !== undefined) return known;
  const sector = findSector(text);
  seen?.set(text, sector);
  return sector;
}

/** Which characters start a keyword: most characters of a quote start none, and skip the Map. */
const STARTS_KEYWORD = new Uint8Array(0x10000);
for (const first of KEYWORDS_BY_FIRST.keys()) STARTS_KEYWORD[first] = 1;

function findSector(text: string): SectorId | null {
  let best: string | null = null;
  for (let at = 0; at < text.length; at += 1) {
    const first = text.charCodeAt(at);
    if (STARTS_KEYWORD[first] === 0) continue;
    for (const word of KEYWORDS_BY_FIRST.get(first) ?? []) {
      // Reading forward, a later match of an equally long word replaces the earlier one.
      if ((best === null || word.length >= best.length) && text.startsWith(word, at)) best = word;
    }
  }
  return best === null ? null : (KEYWORD_TO_SECTOR.get(best) ?? null);
}
