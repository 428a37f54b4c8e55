import { datasetSchema } from '../../dataset/dataset-schema.ts';
import { ReportDecodeError, decodeReportBytes } from '../../extract/decode-report-bytes.ts';
import { extractReport } from '../../extract/extract-report.ts';
import type { ReportSource, StatedYears } from '../../extract/extract-report.ts';
import type { Dataset } from '../../dataset/dataset-schema.ts';
import type { ExtractOutcome, ExtractStage } from './extract-protocol.ts';
import { UPLOAD_MAX_BYTES, uploadedReportId } from './extract-protocol.ts';

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  // A fresh copy: digest() refuses views over a SharedArrayBuffer or from another realm.
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  const digest = await crypto.subtle.digest('SHA-256', copy);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The schema's check, and a refusal of a text in which nothing was found. */
function validated(dataset: Dataset): ExtractOutcome {
  const parsed = datasetSchema.safeParse(dataset);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      failure: {
        code: 'invalid',
        detail: issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid dataset',
      },
    };
  }
  if (parsed.data.indicators.length === 0) {
    return {
      ok: false,
      failure: { code: 'no-indicators', detail: 'no indicator was found in the text' },
    };
  }
  return { ok: true, dataset: parsed.data };
}

function internalFailure(error: unknown): ExtractOutcome {
  return {
    ok: false,
    failure: { code: 'internal', detail: error instanceof Error ? error.message : String(error) },
  };
}

/**
 * Bytes in, a validated dataset or a typed failure out. Runs inside the worker; kept apart
 * from the worker's message plumbing so that it can be tested in Node.
 */
export async function runExtractJob(
  bytes: Uint8Array,
  fileName: string,
  onStage: (stage: ExtractStage) => void,
): Promise<ExtractOutcome> {
  try {
    onStage('decoding');
    const { text } = decodeReportBytes(bytes, { maxBytes: UPLOAD_MAX_BYTES });
    const sha256 = await sha256Hex(bytes);
    // The id comes from the decoded text: the same report in UTF-8 and in GBK is one report.
    const textSha256 = await sha256Hex(new TextEncoder().encode(text));
    onStage('extracting');
    const dataset = extractReport(text, {
      id: uploadedReportId(textSha256),
      file: fileName,
      sha256,
    });
    onStage('validating');
    return validated(dataset);
  } catch (error) {
    if (error instanceof ReportDecodeError) {
      return { ok: false, failure: { code: error.reason, detail: error.message } };
    }
    return internalFailure(error);
  }
}

/**
 * A report read again with the years the user gave, from the text its first reading decoded:
 * the same id and source, the years the user's (report.yearsFrom "user").
 */
export function runRereadJob(
  text: string,
  source: ReportSource,
  years: StatedYears,
  onStage: (stage: ExtractStage) => void,
): Promise<ExtractOutcome> {
  try {
    onStage('extracting');
    const dataset = extractReport(text, source, years);
    onStage('validating');
    return Promise.resolve(validated(dataset));
  } catch (error) {
    return Promise.resolve(internalFailure(error));
  }
}
