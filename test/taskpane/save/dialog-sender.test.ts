import { sendByDialog, type DialogChannel } from "../../../src/taskpane/save";
import { DownloadReceiver } from "../../../src/taskpane/download/download-receiver";

/** A dialog page in memory: the real receiver on the other side of the channel. */
function fakeDialog(behaviour: "save" | "close" | "silent") {
  const log: string[] = [];
  let toPane: (raw: string) => void = () => undefined;
  let closed: () => void = () => undefined;
  const receiver = new DownloadReceiver();
  let received: { name: string; bytes: Uint8Array } | undefined;
  const channel: DialogChannel = {
    onMessage: (h) => (toPane = h),
    onClosed: (h) => (closed = h),
    send: (raw) => {
      log.push(`send ${raw.length}`);
      const state = receiver.accept(raw);
      if (state?.kind === "ready") {
        received = { name: state.name, bytes: state.bytes };
        if (behaviour === "save") toPane('{"kind":"saved"}');
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

  it("waits for ready, sends the file in chunks the dialog can put together, and closes it once saved", async () => {
    const dialog = fakeDialog("save");
    await expect(sendByDialog(dialog.open, "https://localhost:3000/download.html", data, "bao-cao.docx")).resolves.toBe("saved");
    expect(dialog.received()).toEqual({ name: "bao-cao.docx", bytes: data });
    expect(dialog.log[0]).toBe("open https://localhost:3000/download.html");
    expect(dialog.log.filter((l) => l.startsWith("send"))).toHaveLength(3);
    expect(dialog.log.at(-1)).toBe("close");
  });

  it("says cancelled when the user closes the dialog first", async () => {
    const dialog = fakeDialog("close");
    await expect(sendByDialog(dialog.open, "u", data, "a.docx")).resolves.toBe("cancelled");
    expect(dialog.log).toEqual(["open u"]);
  });

  it("passes on a failure to open the dialog", async () => {
    const refused = Object.assign(new Error("blocked"), { code: 12007 });
    await expect(sendByDialog(() => Promise.reject(refused), "u", data, "a.docx")).rejects.toBe(refused);
  });
});
