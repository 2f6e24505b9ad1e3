// Lint: TypeScript rules everywhere, plus the folder rules of the design:
// src/core and src/xlsx are pure (no Office, DOM, docx or fs); only src/hosts talks to Office, Graph or files.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";
import architecture from "./test/architecture/index-imports-rule.mjs";

const nodeBuiltins = [
  "fs",
  "fs/promises",
  "node:fs",
  "node:fs/promises",
  "path",
  "node:path",
  "os",
  "node:os",
  "child_process",
  "node:child_process",
  "http",
  "node:http",
  "https",
  "node:https",
  "stream",
  "node:stream",
  "zlib",
  "node:zlib",
];

// Globals that tie code to one host: Office, the browser or Node. src/core and src/xlsx use none of them.
const hostGlobals = [
  "Office",
  "Excel",
  "Word",
  "OfficeExtension",
  "window",
  "document",
  "navigator",
  "localStorage",
  "fetch",
  "XMLHttpRequest",
  "process",
  "Buffer",
  "require",
  "__dirname",
];

export default tseslint.config(
  { ignores: ["dist/**", "out/**", "node_modules/**", "coverage/**", "**/*.js", "**/*.cjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-syntax": ["error", { selector: "TSEnumDeclaration", message: "Use an `as const` object instead of an enum." }],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    languageOptions: { globals: {} },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [...nodeBuiltins, "docx", "exceljs", "react", "react-dom"].map((name) => ({
            name,
            message: "src/core is pure TypeScript: no Office, DOM, docx or fs.",
          })),
          patterns: [
            {
              group: ["node:*", "**/hosts/**", "**/render/**", "**/taskpane/**", "**/commands/**", "**/cli/**", "@fluentui/*", "office-*"],
              message: "src/core imports nothing outside src/core.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...hostGlobals.map((name) => ({ name, message: "src/core runs the same in Excel, Word and Node: pass what it needs in." })),
      ],
    },
  },
  {
    files: ["src/xlsx/**/*.ts"],
    languageOptions: { globals: {} },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [...nodeBuiltins, "docx", "exceljs", "react", "react-dom"].map((name) => ({
            name,
            message: "src/xlsx runs in Node and in the browser: the host brings the bytes and the inflater.",
          })),
          patterns: [
            {
              group: ["node:*", "**/hosts/**", "**/render/**", "**/taskpane/**", "**/commands/**", "**/cli/**", "@fluentui/*", "office-*"],
              message: "src/xlsx imports only src/core.",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", ...hostGlobals.map((name) => ({ name, message: "src/xlsx is host-neutral: the host passes what it needs in." }))],
    },
  },
  {
    files: ["src/render/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: nodeBuiltins.map((name) => ({ name, message: "src/render returns bytes or HTML: writing files is the host's job." })),
          patterns: [{ group: ["**/hosts/**", "**/taskpane/**", "**/commands/**", "**/cli/**", "office-*"], message: "src/render depends on src/core only." }],
        },
      ],
      "no-restricted-globals": ["error", ...["Office", "Excel", "Word"].map((name) => ({ name, message: "Office calls live in src/hosts." }))],
    },
  },
  {
    files: ["src/taskpane/**/*.ts", "src/taskpane/**/*.tsx", "src/commands/**/*.ts", "src/cli/**/*.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...["Excel", "Word"].map((name) => ({ name, message: "Excel.run and Word.run live in src/hosts; take host functions as props." })),
      ],
    },
  },
  {
    // A folder's index.ts is its public face: another folder imports it, never the files behind it.
    files: ["src/**/*.ts", "src/**/*.tsx"],
    plugins: { architecture },
    rules: { "architecture/index-imports": "error" },
  },
  {
    files: ["test/**/*.ts", "test/**/*.tsx"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
);
