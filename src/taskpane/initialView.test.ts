import { readFileSync } from "node:fs";
import path from "node:path";
import { initialViewFrom } from "./initialView";

describe("initialViewFrom", () => {
  it("opens the view the ribbon's Export button names in manifest.xml", () => {
    const manifest = readFileSync(path.resolve(__dirname, "../../manifest.xml"), "utf8");
    const url = /<bt:Url id="Taskpane.Export.Url" DefaultValue="([^"]+)"/.exec(manifest)?.[1];
    expect(url).toBeDefined();
    expect(initialViewFrom(new URL(url ?? "").search)).toBe("calendar");
  });

  it("falls back to the timeline for no, an unknown or a hostile view", () => {
    expect(initialViewFrom("")).toBe("timeline");
    expect(initialViewFrom("?view=settings")).toBe("timeline");
    expect(initialViewFrom("?view=<script>")).toBe("timeline");
    expect(initialViewFrom("?view=wheel")).toBe("wheel");
  });
});
