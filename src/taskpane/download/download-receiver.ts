/** The dialog's side of the protocol, without the DOM: chunks in, a file (or a fault) out. */
import { ChunkAssembler, ChunkProblem, fromBase64, parseFileChunk, sameOrigin } from "../save";

export type ReceiverState =
  | { readonly kind: "waiting"; readonly received: number; readonly total: number }
  | { readonly kind: "ready"; readonly name: string; readonly bytes: Uint8Array }
  /** The file arrived damaged, or a chunk broke a bound ("too-large", "inconsistent"). */
  | { readonly kind: "broken"; readonly problem: ChunkProblem | "damaged" };

export class DownloadReceiver {
  private readonly assembler = new ChunkAssembler();

  /** `origin` is this page's own: the pane that opened it is served from the same one. */
  constructor(private readonly origin: string) {}

  /** The state after one message from the pane; messages that are not chunks, or from another origin, leave it as it was (undefined). */
  accept(raw: string, from: string | undefined): ReceiverState | undefined {
    if (!sameOrigin(from, this.origin)) return undefined;
    const parsed = parseFileChunk(raw);
    if (!parsed.ok) return parsed.problem === ChunkProblem.NotChunk ? undefined : { kind: "broken", problem: parsed.problem };
    const whole = this.assembler.accept(parsed.chunk);
    if (!whole) return { kind: "waiting", ...this.assembler.progress };
    const bytes = fromBase64(whole.base64);
    return bytes ? { kind: "ready", name: safeFileName(whole.name), bytes } : { kind: "broken", problem: "damaged" };
  }
}

/** The name as the pane sent it, without path separators or control characters. */
export function safeFileName(name: string): string {
  let cleaned = "";
  for (const ch of name) cleaned += ch < " " || '\\/:*?"<>|'.includes(ch) ? "-" : ch;
  cleaned = cleaned.trim();
  return cleaned.length > 0 ? cleaned : "bao-cao.docx";
}
