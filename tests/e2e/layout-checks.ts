import type { BrowserContext, Page } from "@playwright/test";

/** The two widths every page is checked at: a phone and a laptop. */
export const WIDTHS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
] as const;

/** Chooses the interface language the way a visitor does: with the language switch's cookie. */
export async function useLanguage(context: BrowserContext, locale: string, baseURL: string | undefined): Promise<void> {
  await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL ?? "http://localhost:3100" }]);
}

/**
 * Text that does not fit, named so a failure says what to fix: a control, badge, heading or table
 * header whose content is wider than its box (cut off), or that reaches past the right edge of the
 * page; and the page itself scrolling sideways. A table inside a scrolling region (a phone) may be
 * wider than the screen: it is reached by scrolling that region, which says it scrolls.
 */
export async function clippedText(page: Page, scope = "body"): Promise<string[]> {
  return page.evaluate((scope) => {
    const pageWidth = document.documentElement.clientWidth;
    const problems: string[] = [];
    if (document.documentElement.scrollWidth > pageWidth + 1) {
      problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth}px on a ${pageWidth}px screen`);
    }
    const selector = ["a", "button", "[role='button']", "[role='tab']", "[data-badge]", "h1", "h2", "h3", "th", "label", "summary"]
      .map((tag) => `${scope} ${tag}`)
      .join(", ");
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      if (element.closest(".sr-only") || element.getClientRects().length === 0) continue;
      const style = getComputedStyle(element);
      if (style.visibility === "hidden") continue;
      const name = `${element.tagName.toLowerCase()} "${(element.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 60)}"`;
      // Inline elements report 0 for both; a block or inline-block element reports its box.
      if (element.clientWidth > 0 && element.scrollWidth > element.clientWidth + 1 && style.overflowX !== "auto" && style.overflowX !== "scroll") {
        problems.push(`${name}: text ${element.scrollWidth}px in a ${element.clientWidth}px box`);
      }
      const box = element.getBoundingClientRect();
      const region = element.closest<HTMLElement>('[role="region"], [data-scrolls]');
      const insideScroller = !!region && region.scrollWidth > region.clientWidth + 1;
      if (!insideScroller && box.right > pageWidth + 1) problems.push(`${name}: reaches ${Math.round(box.right)}px on a ${pageWidth}px page`);
    }
    return problems;
  }, scope);
}
