// Plays one participant on a phone (390x844) in Debian's headless Chromium: joins the room at
// the address given, gives dots until the server refuses one past the budget, and checks the
// page with axe-core (WCAG 2.2 A and AA) at the usual text size and at 200 %. Then, on a
// second tab whose room state and answers are stood in for (the room under test is voting),
// it checks what the room cannot show: a redraw keeps focus and scroll, the forms choose
// nothing for the person, a sent contribution leaves the form empty for the next one, and
// the thanks for an answer shows once. Prints one line of JSON for the Rust test to judge
// (a failed check of the second tab is its `error`); exits non-zero only if the browser
// itself failed.
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
const result = {
  lang,
  steps: [],
  alerts: [],
  violations: [],
  violations200: [],
  overflow200: false,
  problems: [],
};

// A new tab set up as the first, in the same browser (so it is the same joined phone).
async function phone(browser) {
  const page = await browser.newPage();
  await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  await page.setExtraHTTPHeaders({ "Accept-Language": lang });
  await page.evaluateOnNewDocument((lang) => {
    Object.defineProperty(navigator, "languages", { get: () => [lang] });
    Object.defineProperty(navigator, "language", { get: () => lang });
  }, lang);
  await page.setBypassCSP(true);
  return page;
}

// The second tab: the page, its words and its script from the room under test; the room's
// state and its answers to a contribution or an answer stood in for here.
async function forms(browser, requests, axe) {
  const page = await phone(browser);
  const expect = (ok, what) => {
    if (!ok) {
      result.problems.push(what);
    }
  };
  const themes = [1, 2, 3, 4].map((id) => ({
    id,
    title: `Theme ${id}`,
    meaning: "What it means, in a sentence or two that take a few lines on a phone.",
    quotes: ["Something someone said."],
  }));
  const room = { phase: "vote", phone: 1, budget: 3, dots: [], themes, version: null, answered: false };
  const posted = [];
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    requests.push(request.url());
    const path = new URL(request.url()).pathname;
    const answer = (body) =>
      request.respond({ status: 200, contentType: "application/json", body: JSON.stringify(body) });
    if (path === "/api/state") {
      return answer(room);
    }
    if (path === "/api/contribute" || path === "/api/answer") {
      posted.push({ path, body: JSON.parse(request.postData() || "{}") });
      if (path === "/api/answer") {
        room.answered = true;
      }
      return answer({ done: true });
    }
    return request.continue();
  });
  await page.goto(url, { waitUntil: "networkidle0" });
  await page.waitForSelector("#take-2", { timeout: 10000 });
  const words = (await page.evaluate(() => fetch("/strings.json").then((r) => r.json())))[lang];
  const seen = (text) => page.evaluate((text) => document.body.innerText.split(text).length - 1, text);
  const active = () => page.evaluate(() => document.activeElement.id || document.activeElement.tagName);
  const checked = () =>
    page.$$eval("#content input:checked", (all) => all.map((i) => `${i.name}=${i.value}`));
  const waitNote = (id, text) =>
    page.waitForFunction(
      (id, text) => document.getElementById(id).textContent === text,
      { timeout: 10000 },
      id,
      text,
    );

  // A redraw (a theme changed on the board) keeps focus and scroll, and open quotes open.
  await page.evaluate(() => {
    document.getElementById("quotes-2").open = true;
    window.scrollTo(0, document.documentElement.scrollHeight);
  });
  await page.focus("#take-2");
  const scrolled = await page.evaluate(() => window.scrollY);
  themes[0].quotes = ["Something someone said.", "And something more."];
  await page.waitForFunction(() => document.querySelectorAll("#quotes-1 li").length === 2, { timeout: 10000 });
  const redrawn = await page.evaluate(() => ({
    y: window.scrollY,
    open: document.getElementById("quotes-2").open,
  }));
  result.redraw = { focus: await active(), scrolled, ...redrawn };
  expect(result.redraw.focus === "take-2", `focus after a redraw: ${result.redraw.focus}`);
  expect(Math.abs(redrawn.y - scrolled) <= 1, `scroll after a redraw: ${redrawn.y}, was ${scrolled}`);
  expect(redrawn.open, "quotes opened stay open after a redraw");

  // Contributing: nothing chosen but the language; after sending, nothing carried over.
  room.phase = "contribute";
  await page.waitForSelector("#text", { timeout: 10000 });
  expect((await active()) === "heading", "focus goes to the heading when the phase changes");
  const atFirst = await checked();
  expect(atFirst.join() === `language=${lang}`, `chosen before anything is asked: ${atFirst}`);
  await page.type("#text", "It smells of fresh bread.");
  await page.select("#prompt", "smells");
  await page.click("#consent-with-name");
  await page.type("#name", "Ann");
  await page.click("#send");
  await waitNote("note-contribute", words.sent);
  const cleared = await page.evaluate(() => ({
    text: document.getElementById("text").value,
    prompt: document.getElementById("prompt").value,
    name: document.getElementById("name").value,
  }));
  result.contributed = { first: posted[0] && posted[0].body, cleared, checked: await checked() };
  expect(posted[0] && posted[0].body.consent === "with-name", "the first contribution's consent is sent");
  expect(
    cleared.text === "" && cleared.prompt === "none" && cleared.name === "",
    `the form after sending: ${JSON.stringify(cleared)}`,
  );
  expect(
    result.contributed.checked.join() === `language=${lang}`,
    `chosen after sending: ${result.contributed.checked}`,
  );
  expect((await seen(words.sent)) === 1, "the thanks for a contribution shows once");
  result.violations.push(...(await axe(page)).map((v) => `contribute: ${v}`));
  await page.evaluate(() => (document.documentElement.style.fontSize = "200%"));
  const wide = await page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
  );
  expect(!wide, "the contribution form at 200 % text needs no sideways scrolling");
  await page.evaluate(() => (document.documentElement.style.fontSize = ""));
  await page.type("#text", "A second one.");
  await page.click("#send");
  for (let i = 0; i < 100 && posted.length < 2; i++) {
    await new Promise((done) => setTimeout(done, 50));
  }
  result.contributed.second = posted[1] && posted[1].body;
  expect(
    posted[1] &&
      posted[1].body.consent === "" &&
      posted[1].body.prompt === "none" &&
      posted[1].body.name === "",
    `the second contribution inherits nothing: ${JSON.stringify(result.contributed.second)}`,
  );

  // Sense-checking: no answer chosen; Send without one says so beside it and sends nothing.
  room.phase = "sense_check";
  room.version = { part: "definition", number: 1, text: "Co-production is working together as equals." };
  await page.waitForSelector("#comment", { timeout: 10000 });
  const answerAtFirst = await checked();
  expect(answerAtFirst.length === 0, `an answer chosen before asking: ${answerAtFirst}`);
  const sentBefore = posted.length;
  await page.click("#send");
  await waitNote("note-check", words.choose_answer);
  expect(posted.length === sentBefore, "nothing is sent without an answer");
  result.violations.push(...(await axe(page)).map((v) => `sense-check: ${v}`));
  await page.click("#response-agree");
  await page.click("#send");
  await page.waitForSelector("#answered", { timeout: 10000 });
  // A poll later, still once, with focus on it (not lost to the page's body).
  await new Promise((done) => setTimeout(done, 3500));
  result.answered = { focus: await active(), shown: await seen(words.answered) };
  expect(result.answered.shown === 1, `the thanks for an answer shows ${result.answered.shown} times`);
  expect(result.answered.focus === "answered", `focus after answering: ${result.answered.focus}`);
  await page.close();
}
try {
  // axe is put in by the test, past the page's own CSP (which allows only its own script).
  const page = await phone(browser);
  const requests = [];
  page.on("request", (request) => requests.push(request.url()));
  await page.goto(url, { waitUntil: "networkidle0" });
  await page.waitForSelector("#dots-left", { timeout: 10000 });
  result.heading = await page.$eval("h1", (h) => h.textContent);
  result.htmlLang = await page.$eval("html", (h) => h.lang);
  const buttons = async () =>
    page.$$eval("button", (all) => all.map((b) => ({ text: b.textContent, tag: b.tagName })));
  result.buttons = await buttons();
  // What the page answers a dot with is shown beside the theme's buttons (its "note"), so a
  // voter far down the page sees it: that is what `alerts` records.
  const give = async () => {
    const before = await page.$eval("#dots-left", (p) => p.textContent);
    const noteBefore = await page.$eval(".theme .note", (p) => p.textContent);
    await page.evaluate(() => document.querySelector(".theme .buttons button").click());
    await page.waitForFunction(
      (before, noteBefore) => {
        const note = document.querySelector(".theme .note").textContent;
        const left = document.querySelector("#dots-left").textContent;
        return note !== "" && (note !== noteBefore || left !== before);
      },
      { timeout: 10000 },
      before,
      noteBefore,
    );
    result.steps.push(await page.$eval("#dots-left", (p) => p.textContent));
    result.alerts.push(await page.$eval(".theme .note", (p) => p.textContent));
  };
  for (let i = 0; i < 4; i++) {
    await give();
  }
  result.here = await page.$eval(".theme .here", (p) => p.textContent);
  const axe = async (on = page) => {
    await on.addScriptTag({ path: axePath });
    return on.evaluate(async () => {
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
  await forms(browser, requests, axe);
  const origin = new URL(url).origin;
  result.elsewhere = requests.filter((r) => !r.startsWith(origin));
  if (result.problems.length) {
    result.error = `the page's own checks: ${result.problems.join("; ")}`;
  }
} catch (error) {
  result.error = String(error && error.stack ? error.stack : error);
} finally {
  await browser.close();
}
console.log(JSON.stringify(result));
