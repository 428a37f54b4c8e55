import { queryOptions } from '@tanstack/react-query';
import { SLIM_DATASET_DIR } from '../dataset/dataset-vocabulary.ts';
import { readDataFile } from './read-data-file.ts';

export function datasetIndexQueryOptions() {
  return queryOptions({
    queryKey: ['dataset-index'],
    queryFn: () => readDataFile('index', 'index.json'),
    staleTime: Infinity,
  });
}

export function datasetQueryOptions(file: string) {
  return queryOptions({
    queryKey: ['dataset', file],
    queryFn: () => readDataFile('dataset', file),
    staleTime: Infinity,
  });
}

/** The slim copy of public/data/<file> (no text), which is all the first chart waits for. */
export function slimDatasetQueryOptions(file: string) {
  return queryOptions({
    queryKey: ['slim-dataset', file],
    queryFn: () => readDataFile('slim', `${SLIM_DATASET_DIR}/${file}`),
    staleTime: Infinity,
  });
}
