import { queryOptions } from '@tanstack/react-query';
import { attainmentFileSchema } from '../dataset/attainment-schema.ts';
import type { AttainmentFile } from '../dataset/attainment-schema.ts';
import { fetchJson, parseDataFile } from './dataset-queries.ts';

export const ATTAINMENT_FILE = 'attainment.json';

/** The ledger of every bundled report, built at preprocess time so no dataset has to load. */
export async function fetchAttainment(): Promise<AttainmentFile> {
  return parseDataFile(
    attainmentFileSchema,
    await fetchJson(ATTAINMENT_FILE),
    ATTAINMENT_FILE,
    'file',
  );
}

export function attainmentQueryOptions() {
  return queryOptions({
    queryKey: ['attainment'],
    queryFn: fetchAttainment,
    staleTime: Infinity,
  });
}
