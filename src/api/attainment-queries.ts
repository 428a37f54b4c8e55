import { queryOptions } from '@tanstack/react-query';
import { attainmentFileSchema } from '../dataset/attainment-schema.ts';
import type { AttainmentFile } from '../dataset/attainment-schema.ts';
import { DatasetLoadError, fetchJson } from './dataset-queries.ts';

export const ATTAINMENT_FILE = 'attainment.json';

/** The ledger of every bundled report, built at preprocess time so no dataset has to load. */
export async function fetchAttainment(): Promise<AttainmentFile> {
  const raw = await fetchJson(ATTAINMENT_FILE);
  const result = attainmentFileSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue && issue.path.length > 0 ? issue.path.join('.') : 'file';
    throw new DatasetLoadError(
      `data/${ATTAINMENT_FILE} is invalid: ${path}: ${issue?.message ?? ''}`,
    );
  }
  return result.data;
}

export function attainmentQueryOptions() {
  return queryOptions({
    queryKey: ['attainment'],
    queryFn: fetchAttainment,
    staleTime: Infinity,
  });
}
