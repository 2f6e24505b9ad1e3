/** Handing the .docx to the user: a download on the web, the dialog protocol elsewhere. */
export { toBase64, fromBase64 } from "./base64";
export { CHUNK_LIMIT, fileChunks, parseDialogReply, parseFileChunk, ChunkAssembler, type FileChunk, type DialogReply } from "./dialog-protocol";
export { sendByDialog, type DialogChannel, type OpenDialog } from "./dialog-sender";
export { downloadBytes, DOCX_TYPE } from "./blob-download";
export { openOfficeDialog } from "./office-dialog";
export { officeSaveReport, type OfficeSaveOptions } from "./office-save";
