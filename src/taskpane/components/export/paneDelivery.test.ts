import { cannotDownloadOn } from "./paneDelivery";

describe("where the pane cannot save a download itself", () => {
  it("on Mac and on iPad (platform iOS) the .ics goes through the browser; elsewhere it downloads", () => {
    expect(cannotDownloadOn("Mac")).toBe(true);
    expect(cannotDownloadOn("iOS")).toBe(true);
    expect(cannotDownloadOn("PC")).toBe(false);
    expect(cannotDownloadOn("OfficeOnline")).toBe(false);
    expect(cannotDownloadOn(undefined)).toBe(false);
  });
});
