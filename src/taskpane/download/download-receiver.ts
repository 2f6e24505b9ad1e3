/** The dialog's side of the protocol, without the DOM: chunks in, a file (or a fault) out. */
import { ChunkAssembler, fromBase64, parseFileChunk } from "../save";

export type ReceiverState =
  | { readonly kind: "waiting"; readonly received: number; readonly total: number }
  | { readonly kind: "ready"; readonly name: string; readonly bytes: Uint8Array }
  | { readonly kind: "broken" };

export class DownloadReceiver {
  private readonly assembler = new ChunkAssembler();

  /** The state after one message from the pane; messages that are not chunks leave it as it was (undefined). */
  accept(raw: string): ReceiverState | undefined {
    const chunk = parseFileChunk(raw);
    if (!chunk) return undefined;
    const whole = this.assembler.accept(chunk);
    if (!whole) return { kind: "waiting", ...this.assembler.progress };
    const bytes = fromBase64(whole.base64);
    return bytes ? { kind: "ready", name: safeFileName(whole.name), bytes } : { kind: "broken" };
  }
}

/** The name as the pane sent it, without path separators or control characters. */
export function safeFileName(name: string): string {
  let cleaned = "";
  for (const ch of name) cleaned += ch < " " || '\\/:*?"<>|'.includes(ch) ? "-" : ch;
  cleaned = cleaned.trim();
  return cleaned.length > 0 ? cleaned : "bao-cao.docx";
}
