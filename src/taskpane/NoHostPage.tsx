import {
  Body1,
  FluentProvider,
  makeStyles,
  Subtitle1,
  Title2,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";

const useStyles = makeStyles({
  provider: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  main: {
    maxWidth: "40rem",
    margin: "0 auto",
    padding: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
  },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  subheading: { margin: `${tokens.spacingVerticalS} 0 0` },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
});

/**
 * Shown when the pane is opened in a plain browser (no Office host): it says where Tidsplan runs
 * and how to sideload it, in Swedish and English. Never a blank page.
 */
export function NoHostPage() {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme} className={styles.provider}>
      <main className={styles.main} data-testid="no-host">
        <section className={styles.section} lang="sv-SE" aria-labelledby="no-host-sv">
          <Title2 as="h1" id="no-host-sv" className={styles.heading}>
            Tidsplan körs inuti Excel
          </Title2>
          <Body1>
            Den här sidan är ett tillägg för Excel och fungerar inte i en vanlig webbläsare. Öppna den i Excel
            så här:
          </Body1>
          <Subtitle1 as="h2" className={styles.subheading}>
            Excel för skrivbordet
          </Subtitle1>
          <ol className={styles.list}>
            <li>
              Kör <code>npm start</code> i projektmappen: tillägget läses in (sideload) i Excel automatiskt.
            </li>
            <li>
              Eller: Arkiv › Alternativ › Säkerhetscenter › Betrodda tilläggskataloger, lägg till mappen med
              manifest.xml.
            </li>
          </ol>
          <Subtitle1 as="h2" className={styles.subheading}>
            Excel på webben
          </Subtitle1>
          <ol className={styles.list}>
            <li>Öppna en arbetsbok på office.com.</li>
            <li>
              Start › Tillägg › Mer tillägg › Mina tillägg › Ladda upp mitt tillägg, och välj manifest.xml.
            </li>
          </ol>
        </section>
        <section className={styles.section} lang="en" aria-labelledby="no-host-en">
          <Title2 as="h1" id="no-host-en" className={styles.heading}>
            Tidsplan runs inside Excel
          </Title2>
          <Body1>This page is an Excel add-in and does not work in a plain browser. Open it in Excel:</Body1>
          <Subtitle1 as="h2" className={styles.subheading}>
            Excel desktop
          </Subtitle1>
          <ol className={styles.list}>
            <li>
              Run <code>npm start</code> in the project folder: the add-in is sideloaded into Excel for you.
            </li>
            <li>
              Or: File › Options › Trust Center › Trusted Add-in Catalogs, add the folder holding
              manifest.xml.
            </li>
          </ol>
          <Subtitle1 as="h2" className={styles.subheading}>
            Excel on the web
          </Subtitle1>
          <ol className={styles.list}>
            <li>Open a workbook on office.com.</li>
            <li>Home › Add-ins › More Add-ins › My Add-ins › Upload My Add-in, and choose manifest.xml.</li>
          </ol>
        </section>
      </main>
    </FluentProvider>
  );
}
