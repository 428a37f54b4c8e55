import type { Comparator } from '../../dataset/dataset-schema.ts';

/** Words after a number that bound it: 增长5.5%以上, 5%左右, 3%以内. */
export const COMPARATOR_SUFFIXES: Readonly<Record<string, Comparator>> = {
  以上: 'gte',
  左右: 'approx',
  以内: 'lte',
  以下: 'lte',
  之内: 'lte',
};

/** Words before a number that bound it: 超过126万亿元, 不低于, 约, 控制在…以内. */
export const COMPARATOR_PREFIXES: Readonly<Record<string, Comparator>> = {
  超过: 'gte',
  超: 'gte',
  不低于: 'gte',
  不少于: 'gte',
  高于: 'gte',
  至少: 'gte',
  突破: 'gte',
  约: 'approx',
  大约: 'approx',
  近: 'approx',
  接近: 'approx',
  不超过: 'lte',
  不高于: 'lte',
  低于: 'lte',
  不到: 'lte',
  不足: 'lte',
};

/** Words between a number and its unit: 300余场, 2000多个 (at least the number). */
export const APPROX_INFIXES: Readonly<Record<string, Comparator>> = { 余: 'gte', 多: 'gte' };
