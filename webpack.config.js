// The add-in's web pages: the task pane, the ribbon's function file and the
// download dialog, built into dist-web/. `npm run build:web` (production) and
// `npm start` (dev server on https://localhost:3000, the manifest's origin).
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const zlib = require("node:zlib");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const PORT = 3000;
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
      compilation.hooks.processAssets.tap({ name: "InitialSizePlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => report(compilation));
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

/** The office-addin-dev-certs certificate when installed (`npx office-addin-dev-certs install`), else plain http. */
function devServerProtocol() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  const found = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, path.join(dir, f)]).filter(([, p]) => fs.existsSync(p)));
  if (found.key && found.cert) return { type: "https", options: { key: fs.readFileSync(found.key), cert: fs.readFileSync(found.cert), ...(found.ca ? { ca: fs.readFileSync(found.ca) } : {}) } };
  console.warn(`No certificate in ${dir}: serving http://localhost:${PORT}. Office needs https; run "npx office-addin-dev-certs install" first.`);
  return { type: "http" };
}

module.exports = (_env, argv) => {
  const mode = argv.mode ?? "production";
  const serving = process.argv.includes("serve");
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
      // One copy of React and Fluent between the pages, but the task pane still loads in one go.
      splitChunks: false,
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
      new CopyWebpackPlugin({ patterns: [{ from: "assets/icon-*.png", to: "assets/[name][ext]" }] }),
      // Development bundles carry source maps and React's checks: the budget is for what users load.
      ...(mode === "production" ? [new InitialSizePlugin()] : []),
    ],
    stats: serving ? "minimal" : { preset: "normal", assets: true, modules: false },
    devServer: {
      port: PORT,
      server: serving ? devServerProtocol() : "http",
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      hot: false,
      client: { overlay: { warnings: false } },
    },
  };
};
