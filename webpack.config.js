/**
 * Builds the add-in's pages: the task pane, the ribbon commands and the download page (dist/),
 * and, only with `--env harness`, the browser-test harness (dist-test/), which mounts the same
 * task pane on an in-memory workbook.
 *
 * The production URL replaces https://localhost:3000/ in manifest.xml: from the environment
 * variable TIDSPLAN_URL, else package.json "config.productionUrl"; without either it stays localhost.
 */
const path = require("path");

const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { Compilation, sources } = require("webpack");
const pkg = require("./package.json");

const DEV_URL = "https://localhost:3000/";
const DEV_PORT = 3000;

/** The production URL with a trailing slash, or the dev URL when none is configured. */
function productionUrl() {
  const configured = process.env.TIDSPLAN_URL || (pkg.config && pkg.config.productionUrl) || "";
  if (configured === "") return DEV_URL;
  return configured.endsWith("/") ? configured : `${configured}/`;
}

/** Options for office-addin-dev-certs' trusted localhost certificate, when it can provide one. */
async function httpsOptions() {
  try {
    // Dynamic import: only `npm run dev-server` needs the certificates; builds never load it.
    const devCerts = await import("office-addin-dev-certs");
    const getOptions = devCerts.getHttpsServerOptions || devCerts.default.getHttpsServerOptions;
    const options = await getOptions();
    return { ca: options.ca, key: options.key, cert: options.cert };
  } catch (error) {
    console.warn(
      `office-addin-dev-certs gave no certificate (${error instanceof Error ? error.message : error}); ` +
        "serving with a self-signed one. Run `npx office-addin-dev-certs install` to trust localhost.",
    );
    return undefined;
  }
}

/**
 * Writes bundle-chunks.json: every chunk group (entry point or import()) with its JS files and the
 * groups that load it. scripts/bundle-budget.mjs reads it to tell the chunks the task pane's entry
 * loads at start (counted in the size budget) from the lazy ones.
 */
class ChunkGraphPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ChunkGraphPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        // REPORT runs after the real content hashes are in the file names.
        { name: "ChunkGraphPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const groups = [...compilation.chunkGroups].map((group) => ({
            id: group.id,
            name: group.name ?? null,
            initial: group.isInitial(),
            files: group.getFiles().filter((file) => file.endsWith(".js")),
            parents: group.getParents().map((parent) => parent.id),
          }));
          compilation.emitAsset(
            "bundle-chunks.json",
            new sources.RawSource(`${JSON.stringify({ groups }, null, 1)}\n`),
          );
        },
      );
    });
  }
}

/**
 * Modules the browser bundles swap for a lighter one. The Swedish holidays come from a table
 * (src/domain/holidayTableSE.ts, 1900–2200); only a year outside it needs date-holidays, whose
 * engine brings moment-timezone and astronomia (~200 KB gzipped). In the pane and the ribbon
 * commands such a year has no holiday known (holidayNoLibrarySE.ts); the CLI keeps the library.
 * An absolute key matches the module however it is imported (relative paths are resolved first).
 */
const BROWSER_ALIASES = {
  [path.resolve(__dirname, "src/domain/holidayLibrarySE")]: path.resolve(
    __dirname,
    "src/domain/holidayNoLibrarySE.ts",
  ),
};

function page(name, chunk, title) {
  return new HtmlWebpackPlugin({
    filename: `${name}.html`,
    template: `./src/${chunk}/${name}.html`,
    chunks: [chunk],
    title,
    scriptLoading: "defer",
    inject: "body",
  });
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const harness = Boolean(env.harness);
  const url = production ? productionUrl() : DEV_URL;

  const entry = harness
    ? {
        harness: "./src/harness/harness.tsx",
        taskpane: "./src/taskpane/index.tsx",
        download: "./src/download/download.ts",
      }
    : {
        taskpane: "./src/taskpane/index.tsx",
        commands: "./src/commands/commands.ts",
        download: "./src/download/download.ts",
      };

  const plugins = harness
    ? [
        page("harness", "harness", "Tidsplan (test)"),
        page("taskpane", "taskpane", "Tidsplan"),
        page("download", "download", "Tidsplan"),
      ]
    : [
        page("taskpane", "taskpane", "Tidsplan"),
        page("commands", "commands", "Tidsplan"),
        page("download", "download", "Tidsplan"),
        new ChunkGraphPlugin(),
        new CopyWebpackPlugin({
          patterns: [
            { from: "assets/*.png", to: "assets/[name][ext]", noErrorOnMissing: true },
            {
              from: "manifest.xml",
              to: "manifest.xml",
              noErrorOnMissing: true,
              transform: (content) => (production ? content.toString().split(DEV_URL).join(url) : content),
            },
          ],
        }),
      ];

  return {
    mode: production ? "production" : "development",
    // No eval-based source maps: the pages' Content-Security-Policy forbids eval.
    devtool: production ? false : "source-map",
    entry,
    output: {
      path: path.resolve(__dirname, harness ? "dist-test" : "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: {
      extensions: [".tsx", ".ts", ".js"],
      alias: BROWSER_ALIASES,
    },
    module: {
      rules: [
        {
          // src/domain is pure (STYLE.md; lint-enforced): importing one function from a barrel
          // (domain/table/index.ts) must not pull its siblings, e.g. date-holidays' data, into the pane.
          include: path.resolve(__dirname, "src/domain"),
          sideEffects: false,
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type errors are caught by `npm run typecheck`; the bundle build stays fast.
            options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: !production } },
          },
        },
      ],
    },
    plugins,
    performance: { hints: false },
    devServer: {
      port: DEV_PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: { directory: path.resolve(__dirname, "assets"), publicPath: "/assets" },
      server: { type: "https", options: harness ? undefined : await httpsOptionsWhenServing(env) },
    },
  };
};

/** Only `webpack serve` asks for certificates (it may prompt to install them). */
async function httpsOptionsWhenServing(env) {
  return env.WEBPACK_SERVE ? httpsOptions() : undefined;
}
