// The add-in's web pages: the task pane, the ribbon's function file and the
// download page, built into dist-web/ with the manifest for their server.
// `npm run build` (production; ADDIN_BASE_URL names the server, default the dev
// one), `npm run dev-server` (https://localhost:3000, the manifest's origin,
// certificates from office-addin-dev-certs) and `npm start` (the dev server,
// then Excel with the add-in sideloaded, through office-addin-debugging).
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const zlib = require("node:zlib");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const PORT = 3000;
/** The one base URL manifest.xml is written with: every URL in it starts so. */
const DEV_BASE_URL = `https://localhost:${PORT}`;
/** The task pane's initial JavaScript must stay under this, gzipped: it loads on every ribbon click. */
const INITIAL_JS_BUDGET = 250 * 1024;

const PAGES = [
  { name: "taskpane", entry: "./src/taskpane/index.tsx", title: "Lập báo cáo", body: '<div id="root"></div>' },
  { name: "commands", entry: "./src/commands/commands.ts", title: "Lập báo cáo: lệnh", body: "" },
  { name: "download", entry: "./src/taskpane/download/index.ts", title: "Lưu báo cáo", body: '<main id="download"></main>' },
];

/** A plain page: office.js first, by a script tag, then the bundle (html-webpack-plugin adds it after the body). */
function pageTemplate(page) {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title}</title>
<script src="${OFFICE_JS}"></script>
<style>html, body { margin: 0; padding: 0; }</style>
</head>
<body>
${page.body}
</body>
</html>
`;
}

/** Prints the gzipped size of the task pane's entry chunks and fails the build over budget. */
class InitialSizePlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("InitialSizePlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "InitialSizePlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, () =>
        report(compilation),
      );
    });
  }
}

/** Runs last in asset processing, on the final (minified) files. */
function report(compilation) {
  const entry = compilation.entrypoints.get("taskpane");
  if (!entry) return;
  const gzipped = (asset) => zlib.gzipSync(asset.source.buffer(), { level: 9 }).length;
  let total = 0;
  const lines = [];
  for (const chunk of entry.chunks) {
    for (const file of chunk.files) {
      const asset = file.endsWith(".js") ? compilation.getAsset(file) : undefined;
      if (!asset) continue;
      const gz = gzipped(asset);
      total += gz;
      lines.push(`  ${file}: ${kb(asset.source.size())} (${kb(gz)} gzipped)`);
    }
  }
  for (const chunk of compilation.chunks) {
    if (chunk.canBeInitial()) continue;
    for (const file of chunk.files) {
      const asset = file.endsWith(".js") ? compilation.getAsset(file) : undefined;
      if (asset) lines.push(`  ${file}: ${kb(asset.source.size())} (${kb(gzipped(asset))} gzipped, loaded on demand)`);
    }
  }
  console.log([`Task pane initial JavaScript: ${kb(total)} gzipped (budget ${kb(INITIAL_JS_BUDGET)})`, ...lines].join("\n"));
  if (total > INITIAL_JS_BUDGET) {
    compilation.errors.push(new Error(`The task pane's initial JavaScript is ${kb(total)} gzipped, over the ${kb(INITIAL_JS_BUDGET)} budget.`));
  }
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/**
 * The dev server's https options from office-addin-dev-certs: it makes and
 * trusts a localhost certificate the first time (it may ask for the system
 * password), as Office requires https. Plain http only if that fails, said loudly.
 */
async function devServerProtocol() {
  try {
    const devCerts = require("office-addin-dev-certs");
    return { type: "https", options: await devCerts.getHttpsServerOptions() };
  } catch (error) {
    console.warn(
      `office-addin-dev-certs could not provide a certificate (${error instanceof Error ? error.message : error}): serving http://localhost:${PORT}, which Office will not load.`,
    );
    return { type: "http" };
  }
}

/** The base URL for the built manifest: ADDIN_BASE_URL (https, no query or fragment), else the dev server's. */
function addinBaseUrl(value = process.env.ADDIN_BASE_URL) {
  if (value === undefined || value.trim() === "") return DEV_BASE_URL;
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`ADDIN_BASE_URL is not a URL: ${value}`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_BASE_URL must be https (Office loads add-ins only over https): ${value}`);
  if (url.search || url.hash || url.username || url.password)
    throw new Error(`ADDIN_BASE_URL must be a plain base URL, without query, fragment or credentials: ${value}`);
  return url.href.replace(/\/+$/, "");
}

/** manifest.xml with every dev URL moved to `base`; the AppDomain is the base's origin. */
function productionManifest(xml, base) {
  const origin = new URL(base).origin;
  return xml.replace(`<AppDomain>${DEV_BASE_URL}</AppDomain>`, `<AppDomain>${origin}</AppDomain>`).split(`${DEV_BASE_URL}/`).join(`${base}/`);
}

/** Writes dist-web/manifest.xml for ADDIN_BASE_URL. */
class ManifestPlugin {
  constructor(base) {
    this.base = base;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ManifestPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "ManifestPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const xml = productionManifest(fs.readFileSync(path.join(__dirname, "manifest.xml"), "utf8"), this.base);
        compilation.emitAsset("manifest.xml", new compiler.webpack.sources.RawSource(xml));
      });
    });
  }
}

module.exports = async (_env, argv) => {
  const mode = argv.mode ?? "production";
  const serving = process.argv.includes("serve");
  const base = addinBaseUrl();
  return {
    mode,
    context: __dirname,
    entry: Object.fromEntries(PAGES.map((p) => [p.name, p.entry])),
    output: {
      path: path.resolve(__dirname, "dist-web"),
      filename: mode === "production" ? "[name].[contenthash:12].js" : "[name].js",
      chunkFilename: mode === "production" ? "[name].[contenthash:12].js" : "[name].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: { extensions: [".tsx", ".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              // ES modules, so webpack can tree-shake and split at `import()`; the CLI build keeps commonjs.
              compilerOptions: { module: "es2020", moduleResolution: "node", sourceMap: mode !== "production" },
            },
          },
        },
      ],
    },
    devtool: mode === "production" ? false : "eval-cheap-module-source-map",
    optimization: {
      moduleIds: "deterministic",
      chunkIds: "deterministic",
      // The task pane still loads in one go (its entry is never split); what the chunks loaded on demand share
      // (the Word pane and the .docx writer: the living report's core) is fetched once, not twice.
      splitChunks: {
        chunks: "async",
        minSize: 0,
        cacheGroups: { defaultVendors: false, default: { name: "on-demand-shared", minChunks: 2, reuseExistingChunk: true } },
      },
    },
    performance: {
      hints: mode === "production" ? "warning" : false,
      maxEntrypointSize: 900 * 1024,
      maxAssetSize: 900 * 1024,
    },
    plugins: [
      ...PAGES.map(
        (p) =>
          new HtmlWebpackPlugin({
            filename: `${p.name}.html`,
            chunks: [p.name],
            templateContent: pageTemplate(p),
            inject: "body",
            scriptLoading: "blocking",
            minify: false,
          }),
      ),
      new CopyWebpackPlugin({ patterns: [{ from: "assets/*.png", to: "assets/[name][ext]" }] }),
      new ManifestPlugin(base),
      // Development bundles carry source maps and React's checks: the budget is for what users load.
      ...(mode === "production" ? [new InitialSizePlugin()] : []),
    ],
    stats: serving ? "minimal" : { preset: "normal", assets: true, modules: false },
    devServer: {
      port: PORT,
      // Only this machine: the dev server has no business on the network.
      host: "localhost",
      server: serving ? await devServerProtocol() : "http",
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      hot: false,
      client: { overlay: { warnings: false } },
    },
  };
};

module.exports.addinBaseUrl = addinBaseUrl;
module.exports.productionManifest = productionManifest;
module.exports.DEV_BASE_URL = DEV_BASE_URL;
