import { deflateSync, strToU8 } from "fflate";
import {
  decodeCalendarFragment,
  decodeMessageFragment,
  encodeCalendarFragment,
  encodeMessageFragment,
  fragmentErrorCount,
} from "./calendarFragment";

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

describe("the check's error count in the fragment (ribbon export with errors)", () => {
  it("travels as a third part and leaves the calendar readable", () => {
    const fragment = encodeCalendarFragment(ICS, "Plan.ics", 3);
    expect(fragmentErrorCount(`#${fragment}`)).toBe(3);
    expect(decodeCalendarFragment(fragment)).toMatchObject({ ok: true, ics: ICS, fileName: "Plan.ics" });
  });

  it("is absent, and read as 0, when the check found no errors", () => {
    const fragment = encodeCalendarFragment(ICS, "Plan.ics", 0);
    expect(fragment.split(".")).toHaveLength(2);
    expect(fragmentErrorCount(fragment)).toBe(0);
  });

  it("reads a tampered count as 0 instead of showing nonsense", () => {
    expect(fragmentErrorCount("#abc.def.-1")).toBe(0);
    expect(fragmentErrorCount("#abc.def.x")).toBe(0);
  });
});

describe("a ribbon command's message in the fragment", () => {
  it("carries both languages exactly, Swedish characters included", () => {
    const message = { sv: "Bladet är skyddat; ta bort skyddet.", en: "The sheet is protected." };
    expect(decodeMessageFragment(`#${encodeMessageFragment(message)}`)).toEqual(message);
    expect(encodeMessageFragment(message)).toMatch(/^[A-Za-z0-9_.-]+$/);
  });

  it("is not mistaken for a calendar, nor a calendar for a message", () => {
    const message = encodeMessageFragment({ sv: "a", en: "b" });
    expect(decodeCalendarFragment(message).ok).toBe(false);
    expect(decodeMessageFragment(encodeCalendarFragment(ICS, "x.ics"))).toBeNull();
    expect(decodeMessageFragment("#msg.!!")).toBeNull();
  });
});
