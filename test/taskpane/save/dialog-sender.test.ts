import { sendByDialog, type DialogChannel } from "../../../src/taskpane/save";
import { DownloadReceiver } from "../../../src/taskpane/download/download-receiver";

/** A dialog page in memory: the real receiver on the other side of the channel. */
function fakeDialog(behaviour: "save" | "close" | "silent" | "foreign") {
  const log: string[] = [];
  let deliver: (raw: string, origin: string | undefined) => void = () => undefined;
  // A foreign page's messages carry its own origin; the dialog's carry the pane's.
  const toPane = (raw: string) => deliver(raw, behaviour === "foreign" ? "https://evil.example" : "https://localhost:3000");
  let closed: () => void = () => undefined;
  const receiver = new DownloadReceiver("https://localhost:3000");
  let received: { name: string; bytes: Uint8Array } | undefined;
  const channel: DialogChannel = {
    onMessage: (h) => (deliver = h),
    onClosed: (h) => (closed = h),
    send: (raw) => {
      log.push(`send ${raw.length}`);
      const state = receiver.accept(raw, "https://localhost:3000");
      if (state?.kind === "ready") {
        received = { name: state.name, bytes: state.bytes };
        if (behaviour === "save") toPane('{"kind":"download-started"}');
      }
    },
    close: () => log.push("close"),
  };
  const open = async (url: string) => {
    log.push(`open ${url}`);
    // The page loads, then says it is listening; a user may close it instead.
    setTimeout(() => (behaviour === "close" ? closed() : toPane('{"kind":"ready"}')), 0);
    return channel;
  };
  return { open, log, received: () => received };
}

describe("sendByDialog", () => {
  const data = Uint8Array.from({ length: 30_000 }, (_, i) => (i * 31) % 256);

  it("waits for ready, sends the file in chunks the dialog can put together, and closes it once the dialog started the download", async () => {
    const dialog = fakeDialog("save");
    await expect(sendByDialog(dialog.open, "https://localhost:3000/download.html", data, "bao-cao.docx")).resolves.toBe("download-started");
    expect(dialog.received()).toEqual({ name: "bao-cao.docx", bytes: data });
    expect(dialog.log[0]).toBe("open https://localhost:3000/download.html");
    expect(dialog.log.filter((l) => l.startsWith("send"))).toHaveLength(3);
    expect(dialog.log.at(-1)).toBe("close");
  });

  it("says cancelled when the user closes the dialog first", async () => {
    const dialog = fakeDialog("close");
    await expect(sendByDialog(dialog.open, "https://localhost:3000/download.html", data, "a.docx")).resolves.toBe("cancelled");
    expect(dialog.log).toEqual(["open https://localhost:3000/download.html"]);
  });

  it("ignores messages from another origin: nothing is sent to a page that is not the dialog", async () => {
    const dialog = fakeDialog("foreign");
    const outcome = await Promise.race([
      sendByDialog(dialog.open, "https://localhost:3000/download.html", data, "a.docx"),
      new Promise((r) => setTimeout(() => r("still waiting"), 30)),
    ]);
    expect(outcome).toBe("still waiting");
    expect(dialog.log.filter((l) => l.startsWith("send"))).toEqual([]);
  });

  it("passes on a failure to open the dialog", async () => {
    const refused = Object.assign(new Error("blocked"), { code: 12007 });
    await expect(sendByDialog(() => Promise.reject(refused), "https://localhost:3000/download.html", data, "a.docx")).rejects.toBe(refused);
  });
});
