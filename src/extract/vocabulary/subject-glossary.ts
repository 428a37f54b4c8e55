/**
 * English names for subjects that recur across reports. Keys are subject keys (see
 * `subjectKey`), so 全市地区生产总值 and 规模以上工业增加值 find their entries. A subject
 * that is not here gets `en: null`: a word-by-word translation would mislead.
 */
const GLOSSARY: Readonly<Record<string, string>> = {
  地区生产总值: 'Gross regional product',
  生产总值: 'Gross regional product',
  国内生产总值: 'Gross domestic product',
  经济: 'Economic growth',
  经济增长: 'Economic growth',
  第一产业增加值: 'Primary industry value added',
  第二产业增加值: 'Secondary industry value added',
  第三产业增加值: 'Tertiary industry value added',
  规上工业增加值: 'Value added of industry above designated size',
  规上工业总产值: 'Output of industry above designated size',
  规上工业产值: 'Output of industry above designated size',
  工业增加值: 'Industrial value added',
  工业投资: 'Industrial investment',
  制造业增加值: 'Manufacturing value added',
  规上高技术制造业增加值: 'High-tech manufacturing value added',
  一般公共预算收入: 'General public budget revenue',
  地方一般公共预算收入: 'Local general public budget revenue',
  一般公共预算支出: 'General public budget expenditure',
  固定资产投资: 'Fixed-asset investment',
  社会消费品零售总额: 'Retail sales of consumer goods',
  外贸进出口: 'Foreign trade',
  外贸进出口总额: 'Foreign trade',
  进出口总额: 'Foreign trade',
  货物进出口: 'Trade in goods',
  实际使用外资: 'Foreign direct investment used',
  城镇居民人均可支配收入: 'Urban per-capita disposable income',
  农村居民人均可支配收入: 'Rural per-capita disposable income',
  居民人均可支配收入: 'Per-capita disposable income',
  居民收入: 'Household income',
  居民消费价格: 'Consumer prices (CPI)',
  居民消费价格指数: 'Consumer price index (CPI)',
  城镇调查失业率: 'Surveyed urban unemployment rate',
  城镇新增就业: 'New urban jobs',
  粮食产量: 'Grain output',
  粮食播种面积: 'Grain sown area',
  水产品: 'Aquatic products output',
  蔬菜: 'Vegetable output',
  水果: 'Fruit output',
  肉类: 'Meat output',
  国内游客: 'Domestic tourists',
  国内旅游消费: 'Domestic tourism spending',
  网络零售额: 'Online retail sales',
  高标准农田: 'High-standard farmland',
  脱贫人口人均纯收入: 'Per-capita net income of people lifted out of poverty',
  技术合同成交额: 'Value of technology contracts',
  单位国内生产总值能耗: 'Energy use per unit of GDP',
  单位生产总值能耗: 'Energy use per unit of GDP',
  赤字率: 'Deficit ratio',
  赤字规模: 'Deficit',
  地方政府专项债券: 'Local government special-purpose bonds',
  超长期特别国债: 'Ultra-long special treasury bonds',
  环境空气质量优良天数比率: 'Share of days with good air quality',
  环境空气质量优良率: 'Share of days with good air quality',
  地表水优良水体比例: 'Share of good-quality surface water',
  基本医疗保险参保率: 'Basic medical insurance coverage',
  新增登记市场主体: 'Newly registered market entities',
  保障性租赁住房: 'Government-subsidised rental housing',
  新开工保障性租赁住房: 'Government-subsidised rental housing started',
  普惠型小微企业贷款余额: 'Inclusive loans to small and micro firms',
  城镇化率: 'Urbanisation rate',
  常住人口城镇化率: 'Urbanisation rate (resident population)',
  全社会研发经费支出: 'R&D spending',
  研发经费投入强度: 'R&D intensity',
  规上工业企业: 'Industrial enterprises above designated size',
  新增规上工业企业: 'New industrial enterprises above designated size',
  大宗商品进口: 'Bulk commodity imports',
  群众安全感: 'Public sense of security',
  满意率: 'Satisfaction rate',
  工业战略性新兴产业总产值: 'Output of strategic emerging industries',
  全社会固定资产投资: 'Fixed-asset investment',
  全社会固定资产投资总额: 'Fixed-asset investment',
  金融市场交易总额: 'Financial market turnover',
  高端服务业营业收入: 'Revenue of high-end services',
  新能源汽车产销量: 'NEV production and sales',
  登记市场主体: 'Registered market entities',
  市场主体: 'Market entities',
  经营主体: 'Business entities',
  全部经营主体: 'all business entities',
  企业总数: 'Number of enterprises',
  日均新设企业: 'New enterprises per day',
  困难群众参保率: 'Insurance coverage of people in hardship',
  '5G用户普及率': '5G user penetration',
  饮用水水源水质达标率: 'Drinking-water sources meeting standards',
  民生领域财政支出: 'Fiscal spending on livelihoods',
  规上工业总产值增速: 'Growth of industrial output above designated size',
  税收收入: 'Tax revenue',
  民间投资: 'Private investment',
  数字经济规模: 'Size of the digital economy',
  旅游总收入: 'Tourism revenue',
  人均地区生产总值: 'Per-capita gross regional product',
  单位地区生产总值能耗: 'Energy use per unit of GRP',
  全区: 'the region',
  全省: 'the province',
  全市: 'the city',
  全国: 'the country',
  全球: 'the world',
};

const REGION_PREFIX = /^(?:全市|全省|全区|全国|全县|本市|我市|我省|我区|全自治区|全州|全盟)/u;

/**
 * A key that tolerates small wording differences: 全市/全省 prefixes go, 规模以上 becomes 规上,
 * 一产 becomes 第一产业, and 总量/产量 at the end go (水产品总量 = 水产品产量).
 */
export function subjectKey(subject: string): string {
  return subject
    .replace(REGION_PREFIX, '')
    .replace(/规模以上/gu, '规上')
    .replace(/^([一二三])产(?!业)/u, '第$1产业')
    .replace(/^(?:地方)(?=一般公共预算)/u, '')
    .replace(/(?:总产量|总量|产量|总额|规模)$/u, '')
    .replace(/指数$/u, '')
    .replace(/[“”"《》]/gu, '');
}

function lookUp(subject: string): string | null {
  const bare = subject.replace(REGION_PREFIX, '').replace(/规模以上/gu, '规上');
  return GLOSSARY[subject] ?? GLOSSARY[bare] ?? GLOSSARY[subjectKey(subject)] ?? null;
}

/** Subjects built from known parts; a part the glossary lacks leaves the whole untranslated. */
const COMPOSED: ReadonlyArray<{ pattern: RegExp; english: (parts: string[]) => string }> = [
  {
    pattern: /^(.+)占(.+)比重$/u,
    english: ([part, whole]) => `${part} as a share of ${lower(whole)}`,
  },
  {
    pattern: /^(.+)对经济增长贡献率$/u,
    english: ([part]) => `Contribution of ${lower(part)} to growth`,
  },
  { pattern: /^(.+)(?:增速|增幅)$/u, english: ([part]) => `${part} growth` },
  { pattern: /^(.+)总量$/u, english: ([part]) => `${part} (total)` },
  { pattern: /^累计(.+)$/u, english: ([part]) => `${part} (cumulative)` },
];

function lower(english: string | undefined): string {
  if (!english) return '';
  // Keep acronyms and names (GDP, R&D, NEV) as written.
  return /^[A-Z]{2}/u.test(english) ? english : english[0]?.toLowerCase() + english.slice(1);
}

export function englishSubject(subject: string): string | null {
  const direct = lookUp(subject);
  if (direct) return direct;
  for (const { pattern, english } of COMPOSED) {
    const parts = pattern.exec(subject)?.slice(1);
    if (!parts) continue;
    const translated = parts.map(lookUp);
    if (translated.every((part): part is string => part !== null)) return english(translated);
  }
  return null;
}
