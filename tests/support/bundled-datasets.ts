import { readdirSync, readFileSync } from 'node:fs';
import type { Dataset } from '../../src/dataset/dataset-schema.ts';
import { datasetSchema } from '../../src/dataset/dataset-schema.ts';
import { extractReport } from '../../src/extract/extract-report.ts';

const DATA_DIR = new URL('../../public/data/', import.meta.url);

/** The committed dataset `id` (public/data/<id>.json), as the app serves it, parsed by the schema. */
export function bundledDataset(id: string): Dataset {
  return datasetSchema.parse(JSON.parse(readFileSync(new URL(`${id}.json`, DATA_DIR), 'utf8')));
}

/** Every dataset under public/data/ (the bundled library), parsed by the schema. */
export function bundledDatasets(): Dataset[] {
  return readdirSync(DATA_DIR)
    .filter((name) => /^[a-z0-9-]+-\d{4}\.json$/u.test(name))
    .map((name) => bundledDataset(name.slice(0, -'.json'.length)));
}

/** An invented national 2026 report, as a user would upload it: 2025's results, 2026's goals. */
export const NATIONAL_2026 = `各位代表：
现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。
一、2025年工作回顾
过去一年，经济运行稳中有进。国内生产总值增长5.1%，城镇新增就业1270万人，城镇调查失业率平均为5.2%，居民消费价格上涨0.1%。
二、2026年经济社会发展总体要求和政策取向
今年发展主要预期目标是：国内生产总值增长4.5%—5%，在实际工作中努力争取更好结果；城镇调查失业率5.5%左右，城镇新增就业1200万人以上；居民消费价格涨幅2%左右。
`;

export function invented(text: string, id: string): Dataset {
  return extractReport(text, { id, file: `${id}.txt`, sha256: '0'.repeat(64) });
}
