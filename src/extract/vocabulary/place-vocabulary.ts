/**
 * Places as the genre names them, listed once: the words a report uses for its own place
 * (全市, 我省), the levels a place name ends in (市, 自治区), the zones inside a region, the
 * province-level units and cities with their English, and the wholes a share or a rank is of.
 * Regexes that read places are built from these lists where they are used.
 */
import { words } from './regex-fragments.ts';

/**
 * Who the report speaks for, as it opens a subject: 全市地区生产总值, 我省粮食产量, 本区….
 * Longest first so 全自治区 is not cut as 全 + 自治区.
 */
export const OWN_PLACE_PREFIXES: readonly string[] = words(`
  全自治区 全市 全省 全国 全区 全县 全州 全盟 全旗 全镇
  本市 本省 本区 本县 我市 我省 我区 我县 我国
`);

/** First characters that make a word the whole or one's own place (全区, 本县, 各区, 该市), not a name. */
export const NOT_A_NAME_START: readonly string[] = words('全 本 我 各 该');

/**
 * The levels a place name ends in: 北海市, 云南省, 广西壮族自治区, 香港特别行政区, 延边朝鲜族自治州,
 * 合浦县, 浦东新区, 锡林郭勒盟, 鄂托克旗.
 */
export const PLACE_SUFFIXES: readonly string[] = words(
  '市 省 自治区 特别行政区 自治州 县 区 州 盟 旗',
);

/** The levels of a government that writes a work report about itself: 市, 省, 自治区. */
export const GOVERNMENT_SUFFIXES: readonly string[] = words('市 省 自治区');

/** Zones inside a region that report figures of their own: 临港新片区, 天府新区, 高新区. */
export const DEVELOPMENT_ZONES: readonly string[] = words('新片区 新区 开发区 高新区 经开区');

/**
 * The whole a share or a rank is of (占全区比重, 居全国第二) in English: 占全区比重 is a share of
 * the region's total.
 */
export const WHOLE_ENGLISH: Readonly<Record<string, string>> = {
  全区: 'the region',
  全省: 'the province',
  全市: 'the city',
  全国: 'the country',
  全球: 'the world',
};

/** Where a rank holds, in English: 居全区第二 → No. 2 in the region. */
export const SCOPE_ENGLISH: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(WHOLE_ENGLISH).map(([zh, en]) => [zh, `in ${en}`])),
  世界: 'in the world',
  全球城市: 'among world cities',
  中部: 'in central China',
  西部: 'in western China',
  东部: 'in eastern China',
};

export interface Province {
  /** As a sentence may write it: 广西. */
  short: string;
  /** Its official name: 广西壮族自治区. */
  full: string;
  en: string;
  /** Its code in GB/T 2260 (安徽 34): official lists and yearbooks give provinces in its order. */
  code: number;
}

/**
 * The province-level units are a closed list, so their official names (广西壮族自治区, not
 * 壮族自治区) and English names are vocabulary.
 */
export const PROVINCES: readonly Province[] = [
  { short: '北京', full: '北京市', en: 'Beijing', code: 11 },
  { short: '天津', full: '天津市', en: 'Tianjin', code: 12 },
  { short: '上海', full: '上海市', en: 'Shanghai', code: 31 },
  { short: '重庆', full: '重庆市', en: 'Chongqing', code: 50 },
  { short: '河北', full: '河北省', en: 'Hebei', code: 13 },
  { short: '山西', full: '山西省', en: 'Shanxi', code: 14 },
  { short: '辽宁', full: '辽宁省', en: 'Liaoning', code: 21 },
  { short: '吉林', full: '吉林省', en: 'Jilin', code: 22 },
  { short: '黑龙江', full: '黑龙江省', en: 'Heilongjiang', code: 23 },
  { short: '江苏', full: '江苏省', en: 'Jiangsu', code: 32 },
  { short: '浙江', full: '浙江省', en: 'Zhejiang', code: 33 },
  { short: '安徽', full: '安徽省', en: 'Anhui', code: 34 },
  { short: '福建', full: '福建省', en: 'Fujian', code: 35 },
  { short: '江西', full: '江西省', en: 'Jiangxi', code: 36 },
  { short: '山东', full: '山东省', en: 'Shandong', code: 37 },
  { short: '河南', full: '河南省', en: 'Henan', code: 41 },
  { short: '湖北', full: '湖北省', en: 'Hubei', code: 42 },
  { short: '湖南', full: '湖南省', en: 'Hunan', code: 43 },
  { short: '广东', full: '广东省', en: 'Guangdong', code: 44 },
  { short: '海南', full: '海南省', en: 'Hainan', code: 46 },
  { short: '四川', full: '四川省', en: 'Sichuan', code: 51 },
  { short: '贵州', full: '贵州省', en: 'Guizhou', code: 52 },
  { short: '云南', full: '云南省', en: 'Yunnan', code: 53 },
  { short: '陕西', full: '陕西省', en: 'Shaanxi', code: 61 },
  { short: '甘肃', full: '甘肃省', en: 'Gansu', code: 62 },
  { short: '青海', full: '青海省', en: 'Qinghai', code: 63 },
  { short: '台湾', full: '台湾省', en: 'Taiwan', code: 71 },
  { short: '内蒙古', full: '内蒙古自治区', en: 'Inner Mongolia', code: 15 },
  { short: '广西', full: '广西壮族自治区', en: 'Guangxi', code: 45 },
  { short: '西藏', full: '西藏自治区', en: 'Tibet', code: 54 },
  { short: '宁夏', full: '宁夏回族自治区', en: 'Ningxia', code: 64 },
  { short: '新疆', full: '新疆维吾尔自治区', en: 'Xinjiang', code: 65 },
  { short: '香港', full: '香港特别行政区', en: 'Hong Kong', code: 81 },
  { short: '澳门', full: '澳门特别行政区', en: 'Macao', code: 82 },
];

/** The four 直辖市: called 市 but province-level. */
export const MUNICIPALITIES: ReadonlySet<string> = new Set(
  PROVINCES.filter((province) => province.full.endsWith('市')).map((province) => province.full),
);

/** City names the glossary can put in English; others keep `en` null. */
export const CITY_ENGLISH: Readonly<Record<string, string>> = {
  北海: 'Beihai',
  南宁: 'Nanning',
  柳州: 'Liuzhou',
  桂林: 'Guilin',
  广州: 'Guangzhou',
  深圳: 'Shenzhen',
  杭州: 'Hangzhou',
  南京: 'Nanjing',
  武汉: 'Wuhan',
  成都: 'Chengdu',
  西安: "Xi'an",
  苏州: 'Suzhou',
  宁波: 'Ningbo',
  青岛: 'Qingdao',
  厦门: 'Xiamen',
  大连: 'Dalian',
  长沙: 'Changsha',
  郑州: 'Zhengzhou',
  济南: 'Jinan',
  合肥: 'Hefei',
  福州: 'Fuzhou',
  昆明: 'Kunming',
  湛江: 'Zhanjiang',
  钦州: 'Qinzhou',
  防城港: 'Fangchenggang',
  玉林: 'Yulin',
  无锡: 'Wuxi',
  佛山: 'Foshan',
  东莞: 'Dongguan',
  珠海: 'Zhuhai',
  海口: 'Haikou',
  三亚: 'Sanya',
  贵阳: 'Guiyang',
  兰州: 'Lanzhou',
  沈阳: 'Shenyang',
  哈尔滨: 'Harbin',
  长春: 'Changchun',
  石家庄: 'Shijiazhuang',
  太原: 'Taiyuan',
  南昌: 'Nanchang',
  呼和浩特: 'Hohhot',
  乌鲁木齐: 'Urumqi',
  拉萨: 'Lhasa',
  银川: 'Yinchuan',
  西宁: 'Xining',
};
