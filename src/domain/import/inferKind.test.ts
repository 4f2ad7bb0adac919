import type { EntryKind } from "../types";
import { inferKind } from "./inferKind";

describe("inferKind", () => {
  it.each<[string, EntryKind]>([
    ["Beslut om verksamhetsberättelse 2006 i stadsdelsnämnden", "decision"],
    ["Fullmäktige fastställer Strategi för utveckling av Stockholms stad åren 2008-2010", "decision"],
    ["Kommunfullmäktige beslutar om investeringsbudget", "decision"],
    ["Utkast till tertialrapport 1 presenteras för förvaltningsgruppen.", "draft"],
    ["Finansborgarrådets förslag till budget för 2008 presenteras", "draft"],
    ["Presentation av förslag till verksamhetsplan 2008 för Normalm.", "draft"],
    ["MBL-upplaga av verksamhetsberättelse 2006 till förvaltningsgruppen", "mbl"],
    ["MBL upplaga av verksamhetsplan för 2008", "mbl"],
    ["Pensionärsrådet informeras om Strategi för utveckling", "information"],
    ["Information och dialog om Strategi för utveckling", "information"],
    ["Dialog mellan enheter om åtaganden och uppföljning", "dialogue"],
    ["Bokslut och verksamhetsberättelse för 2006 färdigställs", "report"],
    ["Tertialrapport 1 (januari-maj) färdigställs", "report"],
    ["Lägesrapport och diskussion med fackliga organisationer", "report"],
    ["Chefsmöte med alla enhetschefer.", "meeting"],
    ["Utökad budgetberedning", "meeting"],
    ["Budgetberedning dag 1 (heldag); Nämndernas presidium presenterar", "meeting"],
    ["Pensionärsrådets sammanträde", "meeting"],
    ["Introduktion av garantier 2007 till brukarna", "other"],
    ["", "other"],
    ["Board decision on the budget", "decision"],
    ["Draft annual report is presented", "draft"],
  ])("%j → %s", (event, kind) => {
    expect(inferKind(event)).toBe(kind);
  });
});
