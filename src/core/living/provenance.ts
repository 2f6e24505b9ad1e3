/**
 * What a report was made from, as the custom XML part of the .docx keeps it:
 * the workbook, the period, the product version, and each figure's tag, key
 * and the text the product wrote, which `update` compares with the control's
 * text to tell a clerk's correction from a stale figure.
 */
import type { WrittenFigure } from "./document-figures";
import type { WrittenList } from "./document-lists";
import { figureTag } from "./figure-tags";
import type { SummaryOmission, SummaryRecord } from "./summary-record";

export const PROVENANCE_NAMESPACE = "urn:lap-bao-cao:living-report:1";

/** Matches package.json; test/core/living/provenance.test.ts keeps them equal. */
export const PRODUCT_VERSION = "0.1.0";

export interface ProvenanceFigure {
  readonly tag: string;
  readonly key: string;
  readonly text: string;
}

/** A computed list as written: its canonical text (a clerk's edit inside it shows as a difference), its item count and the figures it holds. */
export interface ProvenanceList {
  readonly tag: string;
  readonly key: string;
  readonly text: string;
  readonly items: number;
  readonly figures: ReadonlyArray<string>;
}

export interface Provenance {
  /** The workbook's file name, and its location (a path or OneDrive URL) when known. */
  readonly workbook?: { readonly name: string; readonly location?: string };
  readonly period: string;
  /** The report's language ("vi", "en"): figures are refreshed in it. */
  readonly lang?: string;
  readonly version: string;
  readonly figures: ReadonlyArray<ProvenanceFigure>;
  /** Left out by reports written before lists were controls. */
  readonly lists?: ReadonlyArray<ProvenanceList>;
  /** The summary the figures were written from; left out by reports written before it was kept. */
  readonly summary?: SummaryRecord;
}

export function provenanceOf(
  figures: ReadonlyArray<WrittenFigure>,
  period: string,
  lang: string,
  workbook?: Provenance["workbook"],
  lists?: ReadonlyArray<WrittenList>,
  summary?: SummaryRecord,
): Provenance {
  const base: Provenance = {
    workbook,
    period,
    lang,
    version: PRODUCT_VERSION,
    figures: figures.map((f) => ({ tag: figureTag(f.key), key: f.key, text: f.text })),
  };
  return { ...base, ...(lists === undefined ? {} : { lists: lists.map(provenanceList) }), ...(summary === undefined ? {} : { summary }) };
}

export function provenanceList(l: WrittenList): ProvenanceList {
  return { tag: l.tag, key: l.key, text: l.text, items: l.items, figures: l.figures };
}

export function provenanceXml(p: Provenance): string {
  const workbook =
    p.workbook === undefined
      ? ""
      : `<workbook name="${attr(p.workbook.name)}"${p.workbook.location === undefined ? "" : ` location="${attr(p.workbook.location)}"`}/>`;
  const figures = p.figures.map((f) => `<figure tag="${attr(f.tag)}" key="${attr(f.key)}">${escapeXml(f.text)}</figure>`).join("");
  const lists =
    p.lists === undefined
      ? ""
      : `<lists>${p.lists
          .map(
            (l) =>
              `<list tag="${attr(l.tag)}" key="${attr(l.key)}" items="${l.items}"><text>${escapeXml(l.text)}</text>${l.figures.map((k) => `<member key="${attr(k)}"/>`).join("")}</list>`,
          )
          .join("")}</lists>`;
  const summary =
    p.summary === undefined
      ? ""
      : `<summary format="application/json"${p.summary.omitted.length === 0 ? "" : ` omitted="${p.summary.omitted.join(" ")}"`}>${escapeXml(p.summary.json)}</summary>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<livingReport xmlns="${PROVENANCE_NAMESPACE}" version="${attr(p.version)}"${p.lang === undefined ? "" : ` lang="${attr(p.lang)}"`}>${workbook}<period>${escapeXml(p.period)}</period><figures>${figures}</figures>${lists}${summary}</livingReport>`
  );
}

/** Reads back what provenanceXml wrote; undefined for any other part. */
export function parseProvenance(xml: string): Provenance | undefined {
  if (!xml.includes(PROVENANCE_NAMESPACE)) return undefined;
  const root = /<livingReport\b([^<>]*)>/.exec(xml)?.[1] ?? "";
  const version = attrOf(root, "version") ?? "";
  const lang = attrOf(root, "lang");
  const wb = /<workbook\b([^<>]*)\/>/.exec(xml)?.[1];
  const workbook = wb === undefined ? undefined : { name: unescapeXml(attrOf(wb, "name") ?? ""), ...locationOf(wb) };
  const period = unescapeXml(/<period>([^<]*)<\/period>/.exec(xml)?.[1] ?? "");
  const figures: ProvenanceFigure[] = [];
  for (const m of xml.matchAll(/<figure\b([^<>]*)>([^<]*)<\/figure>/g)) {
    figures.push({ tag: unescapeXml(attrOf(m[1] ?? "", "tag") ?? ""), key: unescapeXml(attrOf(m[1] ?? "", "key") ?? ""), text: unescapeXml(m[2] ?? "") });
  }
  const lists = /<lists>/.test(xml)
    ? [...xml.matchAll(/<list\b([^<>]*)>((?:(?!<\/?list\b)[\s\S])*)<\/list>/g)].map((m) => parseList(m[1] ?? "", m[2] ?? ""))
    : undefined;
  const summary = parseSummary(xml);
  return {
    workbook,
    period,
    ...(lang === undefined ? {} : { lang: unescapeXml(lang) }),
    version: unescapeXml(version),
    figures,
    ...(lists === undefined ? {} : { lists }),
    ...(summary === undefined ? {} : { summary }),
  };
}

const OMISSIONS: ReadonlyArray<SummaryOmission> = ["subjects", "batches"];

function parseSummary(xml: string): SummaryRecord | undefined {
  const m = /<summary\b([^<>]*)>([^<]*)<\/summary>/.exec(xml);
  if (m === null) return undefined;
  const omitted = (attrOf(m[1] ?? "", "omitted") ?? "").split(" ").filter((w): w is SummaryOmission => (OMISSIONS as ReadonlyArray<string>).includes(w));
  return { json: unescapeXml(m[2] ?? ""), omitted };
}

function parseList(attrs: string, body: string): ProvenanceList {
  return {
    tag: unescapeXml(attrOf(attrs, "tag") ?? ""),
    key: unescapeXml(attrOf(attrs, "key") ?? ""),
    items: Number(attrOf(attrs, "items") ?? "0"),
    text: unescapeXml(/<text>([^<]*)<\/text>/.exec(body)?.[1] ?? ""),
    figures: [...body.matchAll(/<member key="([^"]*)"\/>/g)].map((m) => unescapeXml(m[1] ?? "")),
  };
}

function locationOf(attrs: string): { location?: string } {
  const location = attrOf(attrs, "location");
  return location === undefined ? {} : { location: unescapeXml(location) };
}

function attrOf(attrs: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function attr(text: string): string {
  return escapeXml(text).replace(/"/g, "&quot;");
}

export function unescapeXml(text: string): string {
  // Nearly every tag and figure has no reference at all: it is returned as it is, with no pattern run over it.
  if (!text.includes("&")) return text;
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-fA-F]{1,8});/g, (entity: string, h: string) => codePoint(parseInt(h, 16), entity))
    .replace(/&#(\d{1,10});/g, (entity: string, d: string) => codePoint(Number(d), entity))
    .replace(/&amp;/g, "&");
}

/** The character a numeric reference names; the reference as written when it names none (beyond U+10FFFF). */
function codePoint(value: number, entity: string): string {
  return Number.isInteger(value) && value >= 0 && value <= 0x10ffff ? String.fromCodePoint(value) : entity;
}
