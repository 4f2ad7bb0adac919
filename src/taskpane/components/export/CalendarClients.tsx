import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { ExportMessages } from "../../i18n/exportMessages";

const useStyles = makeStyles({
  text: { display: "block", color: tokens.colorNeutralForeground2 },
});

const CLIENTS = [
  ["clientOutlookDesktop", "clientOutlookDesktopText"],
  ["clientOutlookWeb", "clientOutlookWebText"],
  ["clientGoogle", "clientGoogleText"],
  ["clientApple", "clientAppleText"],
] as const;

/**
 * Per calendar program: how the file gets in and how to update it after a change (sources in
 * docs/CALENDARS.md), and how to publish the plan for subscribers.
 */
export function CalendarClients({ t }: { readonly t: ExportMessages }) {
  const styles = useStyles();
  return (
    <>
      <Accordion collapsible aria-label={t.clientsHeading}>
        {CLIENTS.map(([name, text]) => (
          <AccordionItem key={name} value={name}>
            <AccordionHeader size="small">{t[name]}</AccordionHeader>
            <AccordionPanel>
              <Text size={200} className={styles.text}>
                {t[text]}
              </Text>
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
      <Text size={200} className={styles.text}>
        {t.clientPublish}
      </Text>
    </>
  );
}
