/**
 * The workbook a living report names by its OneDrive address (the `webUrl`
 * kept in the report's provenance part): its driveItem through the shares
 * API (`/shares/{shareId}/driveItem`, or a drive path for d.docs.live.net),
 * so that `downloadItem` can then fetch its content.
 */
import { parseWorkbook, type DriveWorkbook } from "./drive-files";
import { graphProblem, GraphProblemCode } from "./graph-problem";
import type { GraphRequest, GraphResponse } from "./graph-transport";
import { driveItemPath } from "./share-id";
import { isMicrosoftWebUrl } from "./web-url";

export interface SharedWorkbooks {
  /** The .xlsx at `webUrl`; fails as not-in-cloud for an address that is not Microsoft's, item-not-found for anything but a workbook. */
  workbookAt(webUrl: string): Promise<DriveWorkbook>;
}

const SELECT = "$select=id,name,webUrl,size,lastModifiedDateTime,file,parentReference";

export function sharedWorkbooks(send: (request: GraphRequest) => Promise<GraphResponse>): SharedWorkbooks {
  return {
    async workbookAt(webUrl) {
      const path = isMicrosoftWebUrl(webUrl) ? driveItemPath(webUrl) : undefined;
      if (!path) throw graphProblem(GraphProblemCode.NotInCloud);
      const response = await send({ method: "GET", url: `${path}?${SELECT}`, auth: true, retryNetwork: true });
      const workbook = parseWorkbook(response.body);
      if (!workbook) throw graphProblem(GraphProblemCode.ItemNotFound, { status: response.status });
      return workbook;
    },
  };
}
