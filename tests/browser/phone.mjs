// Plays one participant on a phone (390x844) in Debian's headless Chromium: joins the room at
// the address given, gives dots until the server refuses one past the budget, and checks the
// page with axe-core (WCAG 2.2 A and AA) at the usual text size and at 200 %. Prints one line
// of JSON for the Rust test to judge; exits non-zero only if the browser itself failed.
//
//   node phone.mjs URL LANG [SCREENSHOT.png]
import { createRequire } from "node:module";
import puppeteer from "puppeteer-core";

const require = createRequire(import.meta.url);
const axePath = require.resolve("axe-core/axe.min.js");
const [url, lang, shot] = process.argv.slice(2);
const chromium = process.env.CHROMIUM || "/usr/bin/chromium";

const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: ["--no-sandbox", `--lang=${lang}`, "--disable-gpu"],
  env: { ...process.env, LANGUAGE: lang },
});
const result = { lang, steps: [], alerts: [], violations: [], violations200: [], overflow200: false };
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  await page.setExtraHTTPHeaders({ "Accept-Language": lang });
  await page.evaluateOnNewDocument((lang) => {
    Object.defineProperty(navigator, "languages", { get: () => [lang] });
    Object.defineProperty(navigator, "language", { get: () => lang });
  }, lang);
  // axe is put in by the test, past the page's own CSP (which allows only its own script).
  await page.setBypassCSP(true);
  const requests = [];
  page.on("request", (request) => requests.push(request.url()));
  await page.goto(url, { waitUntil: "networkidle0" });
  await page.waitForSelector("#dots-left", { timeout: 10000 });
  result.heading = await page.$eval("h1", (h) => h.textContent);
  result.htmlLang = await page.$eval("html", (h) => h.lang);
  const buttons = async () =>
    page.$$eval("button", (all) => all.map((b) => ({ text: b.textContent, tag: b.tagName })));
  result.buttons = await buttons();
  const give = async () => {
    const before = await page.$eval("#dots-left", (p) => p.textContent);
    const alertBefore = await page.$eval("#alert", (p) => p.textContent);
    await page.evaluate(() => document.querySelector(".theme .buttons button").click());
    await page.waitForFunction(
      (before, alertBefore) =>
        document.querySelector("#dots-left").textContent !== before ||
        (document.querySelector("#alert").textContent !== "" &&
          document.querySelector("#alert").textContent !== alertBefore),
      { timeout: 10000 },
      before,
      alertBefore,
    );
    result.steps.push(await page.$eval("#dots-left", (p) => p.textContent));
    result.alerts.push(await page.$eval("#alert", (p) => p.textContent));
  };
  for (let i = 0; i < 4; i++) {
    await give();
  }
  result.here = await page.$eval(".theme .here", (p) => p.textContent);
  const axe = async () => {
    await page.addScriptTag({ path: axePath });
    return page.evaluate(async () => {
      const found = await window.axe.run(document, {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
      });
      return found.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
    });
  };
  result.violations = await axe();
  // Every quote shown too, then 200 % text: nothing may need sideways scrolling.
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
  await page.evaluate(() => (document.documentElement.style.fontSize = "200%"));
  result.overflow200 = await page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
  );
  result.violations200 = await axe();
  await page.evaluate(() => (document.documentElement.style.fontSize = ""));
  if (shot) {
    await page.screenshot({ path: shot, fullPage: false });
  }
  const origin = new URL(url).origin;
  result.elsewhere = requests.filter((r) => !r.startsWith(origin));
} catch (error) {
  result.error = String(error && error.stack ? error.stack : error);
} finally {
  await browser.close();
}
console.log(JSON.stringify(result));
