import { findDatePhrases, leadingDate, trailingDate } from "../src/domain/import/datePhrases";
const c = { planYear: 2026 };
for (const l of ["12 mars Budgetdialog med nämnderna","Vecka 48, måndag 28 november 2022 Budgetberedning","September–oktober: Nämnderna tar fram budget","Budgetdialog 12 mars","Kommunstyrelsen: 25 januari, 22 februari, 15 mars","Beslut i KF 24/4","Kommunfullmäktige fastställer budget 2008","senast 30 april Nämnderna lämnar","v. 12 MBL", "kl. 9.30 den 5 maj Möte"]) {
  console.log(JSON.stringify(l), JSON.stringify(leadingDate(l,c)), JSON.stringify(trailingDate(l,c)));
}
console.log(findDatePhrases("I slutet av mars fattar styrelsen beslut om budgetramar och i början av maj skickas anvisningar ut. Den 15 juni beslutar fullmäktige.", c));
