/** A tiny static file server for dist-web/ on 127.0.0.1 and a port the system picks, plus any extra files a test adds (app-config.json). */
import { createReadStream, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "application/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

export interface StaticServer {
  /** "http://127.0.0.1:PORT" */
  readonly origin: string;
  close(): Promise<void>;
}

/** `extras`: bodies served at these paths (e.g. "/app-config.json") in place of any file there. */
export async function serveDirectory(root: string, extras: ReadonlyMap<string, string> = new Map()): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const extra = extras.get(path);
    if (extra !== undefined) {
      res
        .writeHead(200, {
          "content-type": TYPES[extname(path)] ?? "text/plain; charset=utf-8",
          "content-length": Buffer.byteLength(extra),
          "cache-control": "no-store",
        })
        .end(extra);
      return;
    }
    const file = normalize(join(root, path === "/" ? "index.html" : path));
    const inside = file.startsWith(root.endsWith(sep) ? root : root + sep);
    let size = -1;
    try {
      size = inside && statSync(file).isFile() ? statSync(file).size : -1;
    } catch {
      size = -1;
    }
    if (size < 0) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "content-length": size, "cache-control": "no-store" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    // Kept-alive connections from a still-open browser would hold close() back for minutes.
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
