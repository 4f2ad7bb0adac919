import { importTimeline } from "../../../domain/import";
import { messages, fill } from "../../i18n/messages";
import { fixLabel, parsedWhenLabel, shortened, skipReasonLabel } from "./labels";

function entries(text: string) {
  const result = importTimeline({ text, planYear: 2007 });
  if (!result.ok) throw new Error(result.reason);
  return result.timeline.entries;
}

describe("preview and findings labels", () => {
  it("shows a day, a span and a whole month compactly, in the pane language", () => {
    const [day, span, month] = entries(
      "När\tHändelse\tAnsvar\n5 februari\tMBL\tKS\n5–9 mars\tDialog\tKS\nmaj\tRapport\tKS\n",
    );
    if (day === undefined || span === undefined || month === undefined) throw new Error("three entries");
    expect(parsedWhenLabel(day, "sv")).toBe("5 feb");
    expect(parsedWhenLabel(span, "sv")).toBe("5 mar–9 mar");
    expect(parsedWhenLabel(month, "sv")).toBe("maj");
    expect(parsedWhenLabel(month, "en")).toBe("May");
  });

  it("names why a line was skipped, and falls back for an unknown reason", () => {
    expect(skipReasonLabel("page-heading", messages.sv, "sv")).toBe("sidrubrik");
    expect(skipReasonLabel("page-heading", messages.en, "en")).toBe("page heading");
    expect(skipReasonLabel("no-date", messages.sv, "sv")).toBe("inget datum och ingen månadsrubrik ovanför");
    expect(skipReasonLabel("organ-heading", messages.en, "en")).toBe("heading naming a body");
    expect(skipReasonLabel("something-new", messages.sv, "sv")).toBe("hoppades över");
  });

  it("labels a fix button with the suggested owner", () => {
    expect(fixLabel({ type: "set-owner", entryId: "a", owner: "Stadsdelsnämnden" }, messages.sv)).toBe(
      "Sätt ansvarig: Stadsdelsnämnden",
    );
    expect(fixLabel({ type: "sort-chronologically" }, messages.en)).toBe("Sort chronologically");
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(fill(messages.sv.findingsSummary, { error: 3, warning: 17, info: 2 })).toBe(
      "3 fel, 17 varningar, 2 info",
    );
    expect(fill("{n} och {x}", { n: 1 })).toBe("1 och {x}");
  });

  // Bug (issue #7, hostile paste): a pasted 1 MB cell was laid out whole in the preview (seconds).
  it("shortens long preview texts with … and never splits an emoji", () => {
    expect(shortened("Budgetdialog med nämnderna", 10)).toBe("Budgetdia…");
    expect(shortened("kort", 10)).toBe("kort");
    const long = "Lång text ".repeat(104_858);
    expect(shortened(long, 300)).toBe(`${long.slice(0, 299)}…`);
    expect(shortened("abcdefgh🎉xyz", 10)).toBe("abcdefgh…");
  });
});
