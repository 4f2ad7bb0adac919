// Stub for office-addin-manifest under jest: see moduleNameMapper in jest.config.js for why.
export const OfficeAddinManifest = {};
export const ManifestInfo = {};
