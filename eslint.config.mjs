// Flat ESLint config. It applies eslint-plugin-office-addins' own rules (the Office template's
// .eslintrc.json is ignored by ESLint 9+), typescript-eslint's recommended rules, React and
// hooks rules for .tsx, and keeps src/domain free of Office, React and DOM (see STYLE.md).
import js from "@eslint/js";
import prettierConfig from "eslint-config-prettier";
import officeAddins from "eslint-plugin-office-addins";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/**
 * The office-addins rules of the plugin's own "recommended" flat config. Only its rules are
 * taken: the config also registers its own (older) copy of typescript-eslint and prettier
 * plugins, which would clash with ours ("Cannot redefine plugin"); prettier runs on its own
 * (`npx prettier --check .`) and eslint-config-prettier turns off the rules it would fight.
 */
const officeAddinsRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((config) => Object.entries(config.rules ?? {}))
    .filter(([name]) => name.startsWith("office-addins/")),
);

/** What src/domain may not import: it stays pure TypeScript (domain <- excel <- taskpane/commands/cli). */
const DOMAIN_FORBIDDEN_IMPORTS = {
  paths: [
    { name: "react", message: "src/domain is pure TypeScript: no React." },
    { name: "react-dom", message: "src/domain is pure TypeScript: no React." },
    { name: "@microsoft/office-js", message: "src/domain must not use Office.js; put it in src/excel." },
  ],
  patterns: [
    { group: ["react/*", "react-dom/*"], message: "src/domain is pure TypeScript: no React." },
    { group: ["@fluentui/*"], message: "src/domain has no UI: no Fluent UI." },
    {
      group: ["office-addin-*", "@microsoft/office-js/*"],
      message: "src/domain must not depend on Office tooling.",
    },
    {
      group: [
        "**/excel",
        "**/excel/*",
        "**/taskpane",
        "**/taskpane/*",
        "**/commands",
        "**/commands/*",
        "**/cli",
        "**/cli/*",
      ],
      message: "Imports flow one way: domain <- excel <- taskpane/commands/cli.",
    },
  ],
};

const DOMAIN_FORBIDDEN_GLOBALS = ["window", "document", "Office", "Excel", "navigator", "localStorage"].map(
  (name) => ({
    name,
    message: "src/domain has no DOM or Office host: take what you need as a parameter.",
  }),
);

export default tseslint.config(
  {
    ignores: [
      "dist/",
      "dist-*/",
      "node_modules/",
      "coverage/",
      "out/",
      "test-output/",
      "screenshots/",
      "bin/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      globals: { ...globals.browser, Office: "readonly", Excel: "readonly", OfficeExtension: "readonly" },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-eval": "error",
    },
  },
  {
    // Where Office.js code lives. Not src/cli: ExcelJS objects look like Office proxies to these
    // rules (cell.value "read before load") but are plain objects.
    files: ["src/excel/**/*.{ts,tsx}", "src/taskpane/**/*.{ts,tsx}", "src/commands/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: officeAddinsRules,
  },
  {
    files: ["**/*.tsx"],
    ...react.configs.flat.recommended,
    settings: { react: { version: "detect" } },
  },
  react.configs.flat["jsx-runtime"],
  {
    files: ["**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Props are typed by TypeScript.
      "react/prop-types": "off",
    },
  },
  {
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", DOMAIN_FORBIDDEN_IMPORTS],
      "no-restricted-globals": ["error", ...DOMAIN_FORBIDDEN_GLOBALS],
    },
  },
  {
    files: ["**/*.{js,cjs,mjs}", "scripts/**", "test/**/*.{js,mjs}"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Browser tests run in node but pass functions to page.evaluate, which run in the page.
    files: ["test/browser/**/*.mjs"],
    languageOptions: { globals: { ...globals.node, ...globals.browser, axe: "readonly" } },
  },
  {
    files: ["**/*.cjs", "webpack.config.js", "jest.config.js"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["test/**/*.ts", "**/*.test.ts", "**/*.test.tsx"],
    languageOptions: { globals: { ...globals.jest, ...globals.node } },
  },
  prettierConfig,
);
