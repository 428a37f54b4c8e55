import { describe, expect, it } from 'vitest';
import { placeLevel } from '../../../src/ledger/place.ts';

describe('placeLevel: the tier of government a region names', () => {
  it.each([
    ['全国', 'national'],
    ['安徽省', 'province'],
    ['广西壮族自治区', 'province'],
    ['北京市', 'province'],
    ['上海市', 'province'],
    ['重庆市', 'province'],
    ['北海市', 'city'],
    ['成都市', 'city'],
    ['香港特别行政区', null],
    ['浦东新区', null],
    ['', null],
    [null, null],
  ] as const)('%s → %s', (zh, level) => {
    expect(placeLevel(zh)).toBe(level);
  });
});
