/**
 * Graph as a browser sees it: the pane (one origin) calls Graph (another)
 * with a bearer token, so Chromium reads an answer only when it carries
 * Access-Control-Allow-Origin, and of its headers only the safelisted ones
 * and those exposed. Real Graph sends these; the stand-in Graph
 * (test/hosts/graph) speaks to Node clients only, so this proxy on 127.0.0.1
 * adds them and answers preflights, passing everything else through
 * unchanged (a dropped connection stays dropped). With request interception
 * on (browser.ts routes), Playwright answers Chromium's preflights itself, so
 * few reach it.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface CorsProxy {
  /** "http://127.0.0.1:PORT" */
  readonly origin: string;
  close(): Promise<void>;
}

/** Headers a page may read besides the safelisted ones: Graph exposes these. */
const EXPOSED = "Retry-After, Location, Content-Range";

export async function startCorsProxy(target: string): Promise<CorsProxy> {
  const upstream = new URL(target);
  const server = http.createServer((req, res) => {
    const allowOrigin = req.headers.origin ?? "*";
    if (req.method === "OPTIONS") {
      res
        .writeHead(204, {
          "Access-Control-Allow-Origin": allowOrigin,
          "Access-Control-Allow-Methods": "GET, PUT, POST, DELETE, PATCH",
          "Access-Control-Allow-Headers": req.headers["access-control-request-headers"] ?? "",
          "Access-Control-Max-Age": "600",
          Vary: "Origin",
        })
        .end();
      return;
    }
    const headers = { ...req.headers, host: upstream.host };
    const forward = http.request({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, {
        ...answer.headers,
        "access-control-allow-origin": allowOrigin,
        "access-control-expose-headers": EXPOSED,
        vary: "Origin",
      });
      answer.pipe(res);
    });
    forward.on("error", () => req.socket.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
