import { expect, test } from "@playwright/test";

test("a visitor browses international projects and opens one with its activities", async ({ page }) => {
  await page.goto("/projects");
  await expect(page.getByRole("heading", { level: 1, name: "International projects" })).toBeVisible();
  await page.getByRole("link", { name: "Promoting Migration Studies in Higher Education" }).click();
  await expect(page).toHaveURL(/\/projects\/promig$/);
  await expect(page.getByRole("heading", { level: 1, name: "Promoting Migration Studies in Higher Education" })).toBeVisible();
  const activities = page.getByRole("heading", { level: 2, name: "Activities" }).locator("..");
  await expect(activities.getByRole("heading", { name: "Summer School" })).toBeVisible();
  await expect(activities).toContainText("Tbilisi, Georgia");
  await expect(page.getByRole("heading", { level: 2, name: "Consortium" }).locator("..")).toContainText("Tbilisi State University");
});

test("an unknown project is a 404", async ({ page }) => {
  const response = await page.goto("/projects/no-such-project");
  expect(response?.status()).toBe(404);
});

test("a visitor sees upcoming events before past ones", async ({ page }) => {
  await page.goto("/events");
  const upcoming = page.getByRole("region", { name: "Upcoming events" });
  await expect(upcoming.getByRole("heading", { name: "Erasmus+ KA171 information session" })).toBeVisible();
  const past = page.getByRole("region", { name: "Past events" });
  await expect(past.getByRole("heading", { name: /Internationalization of Higher Education/ })).toBeVisible();
});

test.describe("project pages tell a consistent story", () => {
  test.use({ locale: "en-US" });

  test("Norwegian Studies has a real period, and its badge agrees with its coordinator", async ({ page }) => {
    await page.goto("/projects/norwegian-studies");
    await expect(page.getByRole("heading", { level: 1, name: "Norwegian Studies in Azerbaijan" })).toBeVisible();
    const fact = (label: string) => page.getByRole("term").filter({ hasText: label }).locator("xpath=following-sibling::dd[1]");
    await expect(fact("Coordinator")).toHaveText("University of Oslo");
    await expect(page.getByRole("main").getByText("Partner", { exact: true }).first()).toBeVisible();
    const [start, end] = (await fact("Period").innerText()).split(" – ");
    expect(start).toMatch(/2007/);
    expect(end).not.toBe(start);
  });

  test("PAWER's activities carry the source page's dates, and work packages print their number once", async ({ page }) => {
    await page.goto("/projects/pawer");
    const activities = page.getByRole("heading", { level: 2, name: "Activities" }).locator("..");
    const dated = (title: string) => activities.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title }) });
    await expect(dated("Training in Europe")).toContainText("November 1, 2017 – December 31, 2017");
    await expect(dated("Trainings on Bologna tools, ECTS and recognition")).toContainText("April 1, 2017 – June 30, 2017");
    const workPackages = page.getByRole("heading", { level: 2, name: "Work packages" }).locator("..").getByRole("listitem");
    await expect(workPackages.first()).toHaveText("WP1 Preparation and needs analysis");
    for (const text of await workPackages.allInnerTexts()) expect(text).not.toMatch(/^WP\d+\s+WP\d+/);

    await page.goto("/projects/nizami");
    await expect(page.getByRole("heading", { level: 2, name: "Work packages" }).locator("..").getByRole("listitem")).toHaveText([
      "WP6 Quality Plan (with Heidelberg University)",
    ]);
  });

  test("a consortium member's link is underlined and reads at 4.5:1 or more", async ({ page }) => {
    await page.goto("/projects/promig");
    const link = page.getByRole("heading", { level: 2, name: "Consortium" }).locator("..").getByRole("link").first();
    await expect(link).toBeVisible();
    const { decoration, ratio } = await link.evaluate((element) => {
      const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const luminance = (value: string) => {
        const [r, g, b] = rgb(value).map((c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      // The first ancestor with a painted background is what the link is read against.
      let node: Element | null = element;
      let background = "rgb(255, 255, 255)";
      while (node) {
        const colour = getComputedStyle(node).backgroundColor;
        if (colour !== "rgba(0, 0, 0, 0)" && colour !== "transparent") {
          background = colour;
          break;
        }
        node = node.parentElement;
      }
      const [light, dark] = [luminance(getComputedStyle(element).color), luminance(background)].sort((x, y) => y - x);
      return { decoration: getComputedStyle(element).textDecorationLine, ratio: (light! + 0.05) / (dark! + 0.05) };
    });
    expect(decoration).toContain("underline");
    expect(ratio).toBeGreaterThanOrEqual(4.5);
  });
});
