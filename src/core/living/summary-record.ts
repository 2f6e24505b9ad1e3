/**
 * The summary a report was written from, as its record keeps it: the
 * documented summary JSON (`summaryToJson`, as `--summary` writes it). A
 * workbook of many thousands of register rows gives megabytes of subject and
 * batch lists, more than a document part should carry (and than Office.js
 * takes in one request), so past a bound those lists are left out, and the
 * record says which: the figures themselves are always kept.
 */
import { summaryToJson, type Summary, type SummaryJson } from "../summarise";

/** What a record may leave out of the summary: the subjects of each activity kind and batch, then the batches. */
export type SummaryOmission = "subjects" | "batches";

export interface SummaryRecord {
  /** The summary JSON, as written. */
  readonly json: string;
  /** The lists left out to keep within the bound, in the order they were dropped; empty when whole. */
  readonly omitted: ReadonlyArray<SummaryOmission>;
}

/** 256 KiB of JSON: a real half-year's summary is a few kilobytes, the bench workbook's 12 MB. */
export const SUMMARY_RECORD_LIMIT = 256 * 1024;

type Kind = SummaryJson["activities"]["kinds"][number];

function withoutSubjects(s: SummaryJson): SummaryJson {
  const kinds = s.activities.kinds.map((k): Kind => ({ ...k, list: [], batchList: k.batchList.map((b) => ({ ...b, list: [] })) }));
  return { ...s, activities: { kinds } };
}

function withoutBatches(s: SummaryJson): SummaryJson {
  return { ...s, activities: { kinds: s.activities.kinds.map((k): Kind => ({ ...k, batchList: [] })) } };
}

export function summaryRecord(summary: Summary, limit: number = SUMMARY_RECORD_LIMIT): SummaryRecord {
  const whole = summaryToJson(summary);
  const json = JSON.stringify(whole);
  if (json.length <= limit) return { json, omitted: [] };
  const lean = withoutSubjects(whole);
  const leanJson = JSON.stringify(lean);
  if (leanJson.length <= limit) return { json: leanJson, omitted: ["subjects"] };
  return { json: JSON.stringify(withoutBatches(lean)), omitted: ["subjects", "batches"] };
}
