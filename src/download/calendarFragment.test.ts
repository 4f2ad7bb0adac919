import { deflateSync, strToU8 } from "fflate";
import { decodeCalendarFragment, encodeCalendarFragment } from "./calendarFragment";

const ICS =
  "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Budgetdialog – nämnd\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

describe("calendar in the download page's URL fragment", () => {
  it("gives back the exact ICS text and file name, Swedish characters included", () => {
    const fragment = encodeCalendarFragment(ICS, "Tidsplan för verksamhetsledning 2007.ics");
    expect(decodeCalendarFragment(`#${fragment}`)).toEqual({
      ok: true,
      ics: ICS,
      fileName: "Tidsplan för verksamhetsledning 2007.ics",
    });
  });

  it("uses only URL-safe characters, so the fragment survives openBrowserWindow", () => {
    expect(encodeCalendarFragment(ICS, "a/b?.ics")).toMatch(/^[A-Za-z0-9_.-]+$/);
  });

  it("accepts a fragment without a name and names the file tidsplan.ics", () => {
    const data = Buffer.from(deflateSync(strToU8(ICS))).toString("base64url");
    expect(decodeCalendarFragment(data)).toMatchObject({ ok: true, fileName: "tidsplan.ics" });
  });

  it("never lets the name carry a path", () => {
    const fragment = encodeCalendarFragment(ICS, "../../etc/passwd");
    const result = decodeCalendarFragment(fragment);
    expect(result.ok && result.fileName).toBe(".. .. etc passwd.ics");
  });

  it.each([
    ["", "empty"],
    ["#", "empty"],
    ["#not base64!", "not-base64url"],
    ["#AAAA", "not-deflate"],
    [`#${Buffer.from(deflateSync(strToU8("hello"))).toString("base64url")}`, "not-ics"],
  ])("reports a broken link %p as %p instead of throwing", (hash, reason) => {
    expect(decodeCalendarFragment(hash)).toEqual({ ok: false, reason });
  });
});
