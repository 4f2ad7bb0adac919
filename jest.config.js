/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/browser/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  moduleNameMapper: {
    // office-addin-mock imports office-addin-manifest, one of whose dependencies ships ESM only
    // and cannot be loaded by jest's CommonJS runtime. The mock never uses the manifest code.
    "^office-addin-manifest$": "<rootDir>/test/stubs/officeAddinManifest.ts",
  },
};
