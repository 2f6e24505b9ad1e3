/**
 * The Word pane's "Cập nhật số liệu" in Chromium: the built pane opened as
 * Word's (the office.js stand-in with host "Word" and WordApi 1.5, the Word
 * stand-in over a living report), signed in through the stand-in NAA bridge,
 * and the stand-in Graph behind the CORS proxy holding the report's workbook
 * at its OneDrive address. Shared by the browser test and the README picture.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { encodeSharingUrl } from "../../../src/hosts/graph";
import { provenanceXml, type Provenance } from "../../../src/core/living";
import { OfficeStandInHost, type StandInConfig, type StandInNaa } from "../../support/office-stand-in";
import { startStandInGraph, type StandInGraph } from "../../hosts/graph/stand-in-graph";
import { launchBrowser, type TestBrowser } from "./browser";
import { startCorsProxy, type CorsProxy } from "./cors-proxy";
import { serveDirectory, type StaticServer } from "./static-server";
import { DIST_WEB, ROOT } from "./web-build";
import { installWordStandIn, type StandInControl, type StandInWordDocument } from "./word-stand-in";
import { writtenProvenance } from "../../core/living/provenance-fixture";

export const WORKBOOK_URL = "https://contoso-my.sharepoint.com/personal/thu_contoso_vn/Documents/Báo cáo/so-lieu 2021.xlsx";
const DRIVE_ID = "b!drive-1";
const ITEM_ID = "01SOLIEU";
const DOWNLOAD_URL = `https://contoso-my.sharepoint.com/download/${ITEM_ID}?tempauth=signed`;
const CLIENT_ID = "0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0";
export const NAA: StandInNaa = {
  username: "thu@contoso.vn",
  name: "Nguyễn Thị Thu",
  tenantId: "tenant-contoso",
  objectId: "oid-thu",
  accessToken: "naa-token-w",
};
const SAMPLE = readFileSync(join(ROOT, "examples", "bao-cao-mau-6-thang-2021.xlsx"));

export interface WordUpdateSession {
  readonly browser: TestBrowser;
  readonly server: StaticServer;
  readonly graph: StandInGraph;
  readonly host: OfficeStandInHost;
  close(): Promise<void>;
}

export async function startWordUpdateSession(viewport?: { width: number; height: number }): Promise<WordUpdateSession> {
  const graph = await startStandInGraph();
  graph.validTokens = new Set([NAA.accessToken]);
  graph.route(({ method, path, authorised }) => {
    if (method !== "GET") return undefined;
    const share = /^\/v1\.0\/shares\/([^/]+)\/driveItem$/.exec(path);
    const item = new RegExp(`^/v1\\.0/drives/${encodeURIComponent(DRIVE_ID)}/items/${ITEM_ID}(/content)?$`).exec(path);
    if (!share && !item) return undefined;
    if (!authorised) return { status: 401, body: { error: { code: "InvalidAuthenticationToken" } } };
    if (share) {
      if (share[1] !== encodeSharingUrl(WORKBOOK_URL)) return { status: 404, body: { error: { code: "itemNotFound" } } };
      const body = {
        id: ITEM_ID,
        name: "so-lieu 2021.xlsx",
        webUrl: WORKBOOK_URL,
        size: SAMPLE.length,
        file: {},
        parentReference: { driveId: DRIVE_ID, id: "01FOLDER" },
      };
      return { status: 200, body };
    }
    // As Graph does: the content redirects to a pre-authenticated URL on another host; the item gives it as a property too.
    return item![1]
      ? { status: 302, headers: { Location: DOWNLOAD_URL } }
      : { status: 200, body: { id: ITEM_ID, "@microsoft.graph.downloadUrl": DOWNLOAD_URL } };
  });
  const proxy: CorsProxy = await startCorsProxy(graph.origin);
  const server = await serveDirectory(DIST_WEB, new Map([["/app-config.json", JSON.stringify({ clientId: CLIENT_ID })]]));
  const browser = await launchBrowser(viewport);
  await browser.context.route(/^https:\/\/graph\.microsoft\.com\//, async (route) => {
    const url = route.request().url().replace("https://graph.microsoft.com", proxy.origin);
    await route.fulfill({ response: await route.fetch({ url, maxRedirects: 0 }) });
  });
  await browser.context.route(/^https:\/\/contoso-my\.sharepoint\.com\/download\//, async (route) => {
    const auth = route.request().headers().authorization;
    if (auth) graph.violations.push(`Authorization sent to the download URL`);
    await route.fulfill({ status: 200, body: SAMPLE, headers: { "Access-Control-Allow-Origin": "*", "Content-Type": "application/octet-stream" } });
  });
  const host = await OfficeStandInHost.attach(browser.context);
  return {
    browser,
    server,
    graph,
    host,
    close: async () => {
      await browser.close();
      await server.close();
      await proxy.close();
      await graph.close();
    },
  };
}

/** A report written when the workbook had 800 lots, 290 toy lots, 470 electric lots and 40 steel lots; then edited by the clerk. */
export function clerkReport(workbook: Provenance["workbook"] = { name: "so-lieu 2021.xlsx", location: WORKBOOK_URL }): StandInWordDocument {
  const control = (tag: string, text: string): StandInControl => ({ tag, text });
  const written: Array<[string, string]> = [
    ["lots.total", "800"],
    ["lots.byGroup.Đồ chơi trẻ em", "290"],
    ["lots.byGroup.Đồ điện, điện tử", "470"],
    ["lots.byGroup.Thép", "40"],
    ["tasks.managed", "29"],
    ["tasks.accepted", "03"],
  ];
  return {
    paragraphs: [
      ["Đoạn văn thư thêm vào dưới mục I, không có số liệu."],
      ["Trong kỳ, Chi cục đã quản lý ", control("lbc:tasks.accepted", "03"), " đề tài được nghiệm thu."],
      [
        "Kiểm tra nhà nước về chất lượng hàng hoá nhập khẩu: đã tiếp nhận ",
        control("lbc:lots.total", "800"),
        " lô hàng, trong đó đồ chơi trẻ em ",
        control("lbc:lots.byGroup.Đồ chơi trẻ em", "290"),
        " lô, đồ điện, điện tử ",
        control("lbc:lots.byGroup.Đồ điện, điện tử", "470"),
        " lô, thép ",
        control("lbc:lots.byGroup.Thép", "khoảng 50"),
        " lô.",
      ],
      ["Câu văn thư đã viết lại."],
    ],
    xml: provenanceXml(writtenProvenance(written, workbook)),
  };
}

/** The pane opened from Word over `doc`; page errors are collected from the first script on. */
export async function openWordPane(session: WordUpdateSession, doc: StandInWordDocument, lang = "vi-VN"): Promise<{ page: Page; errors: string[] }> {
  const errors: string[] = [];
  const config: StandInConfig = {
    host: "Word",
    platform: "OfficeOnline",
    displayLanguage: lang,
    requirements: { WordApi: "1.5", DialogApi: "1.2", DialogOrigin: "1.1" },
    naa: NAA,
  };
  const page = await session.host.open(`${session.server.origin}/taskpane.html?host=word`, config, (p) => {
    p.on("pageerror", (e) => errors.push(e.message));
    p.on("console", (m) => void (m.type() === "error" && errors.push(m.text())));
  });
  await page.getByRole("button", { name: lang.startsWith("vi") ? "Cập nhật số liệu" : "Update figures" }).waitFor({ timeout: 30_000 });
  await installWordStandIn(page, doc);
  return { page, errors };
}
