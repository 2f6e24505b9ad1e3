/**
 * The workbook a living report names, fetched without the clerk picking it:
 * when the report's record keeps a OneDrive address (https, on a Microsoft
 * host) and the clerk is signed in, its driveItem through the shares API and
 * then its bytes. Any other case ends as a problem code the pane words in
 * one sentence, asking for the file instead; nothing here throws.
 */
import { AuthProblemError } from "../../hosts/auth";
import { GraphProblemCode, GraphProblemError, isMicrosoftWebUrl, type DriveFiles, type SharedWorkbooks } from "../../hosts/graph";
import type { Provenance } from "../../core/living";
import type { LinkedProblem } from "./word-text-shape";

/** What the fetch needs of the OneDrive client: sign-in, the shares lookup and the download. */
export interface LinkedWorkbookClient extends SharedWorkbooks, Pick<DriveFiles, "downloadItem"> {
  signIn(): Promise<void>;
}

export type LinkedWorkbook =
  | { readonly ok: true; readonly name: string; readonly location: string; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly problem: LinkedProblem; readonly name: string };

/** The OneDrive host's client when it has the calls (`graphClient` gives them); undefined otherwise. */
export function linkedClientOf(client: unknown): LinkedWorkbookClient | undefined {
  if (typeof client !== "object" || client === null) return undefined;
  const c = client as Partial<Record<keyof LinkedWorkbookClient, unknown>>;
  return typeof c.signIn === "function" && typeof c.workbookAt === "function" && typeof c.downloadItem === "function"
    ? (client as LinkedWorkbookClient)
    : undefined;
}

/** Fetches the workbook `workbook` names; `onFetching` is told its name once sign-in is done and the fetch starts. */
export async function fetchLinkedWorkbook(
  client: LinkedWorkbookClient | undefined,
  workbook: Provenance["workbook"],
  onFetching: (name: string) => void = () => {},
): Promise<LinkedWorkbook> {
  const name = workbook?.name ?? "";
  const location = workbook?.location;
  const fail = (problem: LinkedProblem): LinkedWorkbook => ({ ok: false, problem, name });
  if (location === undefined || location === "") return fail("no-location");
  if (!isMicrosoftWebUrl(location)) return fail("not-onedrive");
  if (!client) return fail("not-signed-in");
  try {
    await client.signIn();
  } catch {
    return fail("not-signed-in");
  }
  try {
    onFetching(name);
    const item = await client.workbookAt(location);
    const bytes = await client.downloadItem(item.driveId, item.id);
    return { ok: true, name: item.name, location, bytes };
  } catch (error) {
    return fail(linkedProblemOf(error));
  }
}

function linkedProblemOf(error: unknown): LinkedProblem {
  if (error instanceof AuthProblemError) return "not-signed-in";
  if (!(error instanceof GraphProblemError)) return "failed";
  switch (error.problem.code) {
    case GraphProblemCode.ItemNotFound:
      return "not-found";
    case GraphProblemCode.NoPermission:
      return "no-permission";
    case GraphProblemCode.Unauthorized:
      return "not-signed-in";
    case GraphProblemCode.NotInCloud:
      return "not-onedrive";
    case GraphProblemCode.Network:
    case GraphProblemCode.Timeout:
      return "network";
    default:
      return "failed";
  }
}
