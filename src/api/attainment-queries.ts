import { queryOptions } from '@tanstack/react-query';
import { readDataFile } from './read-data-file.ts';

/** The ledger of every bundled report, built at preprocess time so no dataset has to load. */
export const ATTAINMENT_FILE = 'attainment.json';

export function attainmentQueryOptions() {
  return queryOptions({
    queryKey: ['attainment'],
    queryFn: () => readDataFile('attainment', ATTAINMENT_FILE),
    staleTime: Infinity,
  });
}
