import type { Dataset } from '../dataset/dataset-schema.ts';

export interface ReportSource {
  /** Slug for report.id, e.g. "beihai-2024". */
  id: string;
  /** File name shown in report.source.file. */
  file: string;
  /** Hex sha256 of the input bytes; the caller computes it because hashing is async in browsers. */
  sha256: string;
}

/** Reads one decoded report text into a dataset. Pure: no I/O, no clock. */
export function extractReport(text: string, source: ReportSource): Dataset {
  // Placeholder until the extractor lands.
  return {
    schemaVersion: 1,
    report: {
      id: source.id,
      title: '',
      region: null,
      reviewYear: null,
      planYear: null,
      source: { file: source.file, sha256: source.sha256, chars: text.length },
    },
    text,
    sectors: [],
    sections: [],
    indicators: [],
    comparisons: [],
    warnings: [],
  };
}
