import { Body } from "@react-email/body";
import { Button } from "@react-email/button";
import { Container } from "@react-email/container";
import { Head } from "@react-email/head";
import { Heading } from "@react-email/heading";
import { Hr } from "@react-email/hr";
import { Html } from "@react-email/html";
import { Img } from "@react-email/img";
import { Link } from "@react-email/link";
import { Preview } from "@react-email/preview";
import { Section } from "@react-email/section";
import { Text } from "@react-email/text";
import { Fragment, type CSSProperties } from "react";
import type { BrandedContent, LayoutTexts, MailBrand } from "./content";

/**
 * The one layout of every e-mail the portal sends (decision 014): the institution's logo and name,
 * the message (heading, paragraphs, one button with its address spelled out beneath, small print),
 * and a footer with the office's address and contact. Written with React Email's components, which
 * emit the table-based markup and inline styles that mail clients need; the colours are the
 * portal's own (app/globals.css).
 */

const COLORS = {
  background: "#f1f5f9",
  surface: "#ffffff",
  foreground: "#0f172a",
  muted: "#475569",
  border: "#e2e8f0",
  primary: "#1d4ed8",
  primaryForeground: "#ffffff",
} as const;

const FONT = "-apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif";

const styles = {
  body: { backgroundColor: COLORS.background, color: COLORS.foreground, fontFamily: FONT, margin: 0, padding: "24px 0" },
  container: { backgroundColor: COLORS.surface, border: `1px solid ${COLORS.border}`, borderRadius: 8, maxWidth: 600, padding: "0 32px" },
  header: { borderBottom: `4px solid ${COLORS.primary}`, padding: "24px 0 16px" },
  logo: { display: "inline-block", verticalAlign: "middle", marginInlineEnd: 12 },
  brandName: { display: "inline-block", verticalAlign: "middle", fontSize: 18, fontWeight: 700, margin: 0, color: COLORS.foreground },
  heading: { fontSize: 22, lineHeight: "30px", fontWeight: 700, margin: "24px 0 8px" },
  paragraph: { fontSize: 16, lineHeight: "24px", margin: "12px 0" },
  button: {
    backgroundColor: COLORS.primary,
    color: COLORS.primaryForeground,
    borderRadius: 6,
    fontSize: 16,
    fontWeight: 600,
    padding: "12px 20px",
    textDecoration: "none",
  },
  actionSection: { margin: "20px 0 8px" },
  small: { fontSize: 14, lineHeight: "20px", color: COLORS.muted, margin: "8px 0" },
  link: { color: COLORS.primary, wordBreak: "break-all" },
  rule: { borderColor: COLORS.border, margin: "24px 0 0" },
  footer: { padding: "8px 0 24px" },
  footerLine: { fontSize: 13, lineHeight: "20px", color: COLORS.muted, margin: "4px 0" },
} satisfies Record<string, CSSProperties>;

/** A paragraph's own line breaks (an event's date and place) stay line breaks. */
function Lines({ text }: { text: string }) {
  return text.split("\n").map((line, index) => (
    <Fragment key={index}>
      {index > 0 && <br />}
      {line}
    </Fragment>
  ));
}

export interface BrandedEmailProps {
  brand: MailBrand;
  subject: string;
  content: BrandedContent;
  texts: LayoutTexts;
  /**
   * HTML a module built itself before the layout existed, placed where the paragraphs go. It is the
   * module's own markup (already escaped there), never user input passed through unescaped.
   */
  legacyHtml?: string;
}

export function BrandedEmail({ brand, subject, content, texts, legacyHtml }: BrandedEmailProps) {
  const preview = content.preview ?? content.paragraphs[0];
  return (
    <Html lang={brand.locale} dir={brand.dir}>
      <Head>
        <title>{subject}</title>
      </Head>
      {preview && <Preview>{preview}</Preview>}
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Section style={styles.header}>
            {/* The name beside it says what the logo would: the image is decorative. */}
            {brand.logoUrl && <Img src={brand.logoUrl} alt="" width={40} height={40} style={styles.logo} />}
            <Text style={styles.brandName}>{brand.name}</Text>
          </Section>
          <Section>
            {content.heading && (
              <Heading as="h1" style={styles.heading}>
                {content.heading}
              </Heading>
            )}
            {content.paragraphs.map((paragraph, index) => (
              <Text key={index} style={styles.paragraph}>
                <Lines text={paragraph} />
              </Text>
            ))}
            {legacyHtml && <div dangerouslySetInnerHTML={{ __html: legacyHtml }} />}
            {content.action && (
              <>
                <Section style={styles.actionSection}>
                  <Button href={content.action.url} style={styles.button}>
                    {content.action.label}
                  </Button>
                </Section>
                <Text style={styles.small}>
                  {texts.buttonFallback}
                  <br />
                  <Link href={content.action.url} style={styles.link}>
                    {content.action.url}
                  </Link>
                </Text>
              </>
            )}
            {(content.footer ?? []).map((line, index) => (
              <Text key={index} style={styles.small}>
                <Lines text={line} />
              </Text>
            ))}
          </Section>
          <Hr style={styles.rule} />
          <Section style={styles.footer}>
            {texts.footerLines.map((line, index) => (
              <Text key={index} style={styles.footerLine}>
                {index === 0 ? (
                  <Link href={brand.portalUrl} style={styles.link}>
                    {line}
                  </Link>
                ) : (
                  <Lines text={line} />
                )}
              </Text>
            ))}
          </Section>
        </Container>
      </Body>
    </Html>
  );
}
