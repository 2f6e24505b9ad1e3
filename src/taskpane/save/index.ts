/** Handing the .docx to the user: how, per host (the delivery plan), and each way's code. */
export { toBase64, fromBase64 } from "./base64";
export {
  CHUNK_LIMIT,
  MAX_CHUNKS,
  MAX_FILE_BYTES,
  MAX_NAME_LENGTH,
  ChunkProblem,
  fileChunks,
  parseDialogReply,
  parseFileChunk,
  sameOrigin,
  ChunkAssembler,
  type FileChunk,
  type DialogReply,
  type ParsedChunk,
} from "./dialog-protocol";
export { sendByDialog, type DialogChannel, type OpenDialog } from "./dialog-sender";
export { downloadBytes, DOCX_TYPE } from "./blob-download";
export { browserLink, fileFromFragment, MAX_BROWSER_URL } from "./browser-link";
export { deliveryPlan, DeliveryMethod, type DeliveryPlan } from "./delivery-plan";
export { openOfficeDialog } from "./office-dialog";
export { officeSaveReport, type OfficeSaveOptions, type SaveReport } from "./office-save";
export { SaveOutcome } from "./save-outcome";
