/**
 * A large file through an upload session: byte ranges in chunks of a
 * multiple of 320 KiB, in order. After a dropped connection or a timeout the
 * session is asked which bytes it still wants (`nextExpectedRanges`) and the
 * upload resumes there, so nothing is lost. The session may also ask for an
 * earlier range again (it lost a chunk): the upload goes back and sends it.
 */
import { nextExpectedStart, parseDriveItem, type DriveItem } from "./drive-item";
import { graphProblem, GraphProblemCode, GraphProblemError } from "./graph-problem";
import type { GraphRequest, GraphResponse } from "./graph-transport";

/** Graph's unit for upload-session chunks: 320 KiB. */
export const UPLOAD_CHUNK_UNIT = 327_680;
/** 10 × 320 KiB: large enough to be quick, small enough to resend cheaply. */
export const UPLOAD_CHUNK_SIZE = 10 * UPLOAD_CHUNK_UNIT;

export interface SessionUpload {
  readonly send: (request: GraphRequest) => Promise<GraphResponse>;
  readonly sleep: (ms: number) => Promise<void>;
  readonly uploadUrl: string;
  readonly bytes: Uint8Array;
  readonly chunkSize: number;
  readonly maxAttempts: number;
  readonly backoffMs: number;
  readonly onProgress: (sent: number, total: number) => void;
}

export async function uploadInSession(u: SessionUpload): Promise<DriveItem> {
  const total = u.bytes.length;
  let offset = 0;
  let failures = 0;
  const resume = async () => {
    // 416 and dropped connections both mean "ask where the session stands".
    const status = await u.send({ method: "GET", url: u.uploadUrl, auth: false, retryNetwork: true, passThrough: [404] });
    if (status.status === 404) throw graphProblem(GraphProblemCode.SessionExpired, { status: 404 });
    const next = nextExpectedStart(status.body);
    if (next === undefined || next > total) throw graphProblem(GraphProblemCode.BadResponse, { status: status.status });
    return next;
  };
  for (;;) {
    const end = Math.min(offset + u.chunkSize, total);
    let response: GraphResponse;
    try {
      response = await u.send({
        method: "PUT",
        url: u.uploadUrl,
        headers: { "Content-Range": `bytes ${offset}-${end - 1}/${total}` },
        body: u.bytes.subarray(offset, end),
        auth: false,
        retryNetwork: false,
        passThrough: [404, 416],
      });
    } catch (error) {
      if (!(error instanceof GraphProblemError) || (error.problem.code !== GraphProblemCode.Network && error.problem.code !== GraphProblemCode.Timeout))
        throw error;
      if (++failures >= u.maxAttempts) throw graphProblem(error.problem.code, { attempts: failures });
      await u.sleep(u.backoffMs * 2 ** (failures - 1));
      offset = await resume();
      continue;
    }
    if (response.status === 404) throw graphProblem(GraphProblemCode.SessionExpired, { status: 404 });
    if (response.status === 416) {
      if (++failures >= u.maxAttempts) throw graphProblem(GraphProblemCode.BadResponse, { status: 416 });
      offset = await resume();
      continue;
    }
    if (response.status === 200 || response.status === 201) {
      u.onProgress(total, total);
      const item = parseDriveItem(response.body);
      if (!item) throw graphProblem(GraphProblemCode.BadResponse, { status: response.status });
      return item;
    }
    // 202: more wanted; the session says from where, forwards or (a chunk it lost) backwards.
    const next = nextExpectedStart(response.body) ?? end;
    // Asking for nothing at all while not finished is lost beyond repair.
    if (next >= total) throw graphProblem(GraphProblemCode.BadResponse, { status: response.status });
    // Asking again for what was just sent, or for earlier bytes, is allowed a few times, so it cannot loop for ever.
    if (next <= offset && ++failures >= u.maxAttempts) throw graphProblem(GraphProblemCode.BadResponse, { status: response.status });
    offset = next;
    u.onProgress(offset, total);
  }
}
