// Cytûn's page for phones in the room. No framework and nothing from another site: the
// words come from /strings.json (the app's own catalogues), and everything a participant
// wrote is put in the page as text, never as HTML. The server keeps the budget; this page
// only shows what it says.
(function () {
  "use strict";

  var POLL_MS = 3000;
  var words = null;
  var lang = "en";
  var room = null;
  var device = null;
  var state = null;
  var shape = "";
  var themeParts = {};

  function $(id) { return document.getElementById(id); }

  function t(key, values) {
    var text = (words && words[lang] && words[lang][key]) || (words && words.en[key]) || key;
    if (values) {
      Object.keys(values).forEach(function (name) {
        text = text.split("{" + name + "}").join(String(values[name]));
      });
    }
    return text;
  }

  function el(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      node.setAttribute(name, attributes[name]);
    });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function say(text) { $("alert").textContent = ""; $("status").textContent = text; }
  function warn(text) { $("status").textContent = ""; $("alert").textContent = text; }

  function remember(key, value) {
    try { window.localStorage.setItem(key, value); } catch (e) { /* private mode */ }
  }
  function recall(key) {
    try { return window.localStorage.getItem(key); } catch (e) { return null; }
  }

  function firstLanguage() {
    var chosen = recall("cytun-lang");
    if (chosen === "en" || chosen === "cy") { return chosen; }
    var asked = navigator.languages || [navigator.language || "en"];
    for (var i = 0; i < asked.length; i++) {
      var code = String(asked[i]).toLowerCase();
      if (code.indexOf("cy") === 0) { return "cy"; }
      if (code.indexOf("en") === 0) { return "en"; }
    }
    return "en";
  }

  function ask(method, path, body) {
    var headers = { "Content-Type": "application/json" };
    if (device) { headers["X-Cytun-Device"] = device; }
    return fetch(path, {
      method: method,
      headers: headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "same-origin",
      cache: "no-store"
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        return { ok: response.ok, status: response.status, data: data };
      });
    });
  }

  function refusal(answer) {
    if (answer.status === 401 && room) {
      // The room no longer knows this phone: join again.
      device = null;
      return join({ room: room });
    }
    warn(t("error_" + (answer.data.error || "offline")));
  }

  function offline() { warn(t("error_offline")); }

  // ---- Joining ----

  function join(request) {
    say(t("joining"));
    return ask("POST", "/api/join", request).then(function (answer) {
      if (!answer.ok) {
        warn(t("error_" + (answer.data.error || "wrong_room")));
        if (!room) { showCodeForm(); }
        return;
      }
      device = answer.data.device;
      room = answer.data.room;
      remember("cytun-device-" + room, device);
      if (window.location.pathname !== "/join/" + room) {
        window.history.replaceState(null, "", "/join/" + room);
      }
      say("");
      refresh();
    }, offline);
  }

  function showCodeForm() {
    shape = "code";
    var content = $("content");
    content.textContent = "";
    $("heading").textContent = t("code_heading");
    var form = el("form");
    form.appendChild(el("label", { "for": "code" }, t("code_label")));
    form.appendChild(el("input", {
      type: "text", id: "code", autocomplete: "off", autocapitalize: "characters",
      spellcheck: "false", maxlength: "12"
    }));
    var buttons = el("div", { "class": "buttons" });
    buttons.appendChild(el("button", { type: "submit" }, t("code_join")));
    form.appendChild(buttons);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      join({ code: $("code").value });
    });
    content.appendChild(form);
  }

  // ---- What the room is doing ----

  function refresh() {
    if (!device) { return; }
    ask("GET", "/api/state").then(function (answer) {
      if (answer.ok) { show(answer.data); } else { refusal(answer); }
    }, offline);
  }

  function show(next) {
    state = next;
    var themeIds = (next.themes || []).map(function (theme) {
      return theme.id + ":" + theme.title + ":" + theme.meaning + ":" + theme.quotes.length;
    });
    var nextShape = [lang, next.phase, themeIds.join("|"),
      next.version ? next.version.part + ":" + next.version.number + ":" + next.version.text : "",
      next.answered].join("#");
    if (nextShape !== shape) {
      shape = nextShape;
      render();
    } else if (next.phase === "vote") {
      updateDots();
    }
  }

  function render() {
    var content = $("content");
    content.textContent = "";
    themeParts = {};
    if (state.phase === "vote") { renderVote(content); }
    else if (state.phase === "sense_check") { renderCheck(content); }
    else { renderContribute(content); }
  }

  function radios(name, legend, choices, chosen) {
    var fieldset = el("fieldset");
    fieldset.appendChild(el("legend", {}, legend));
    choices.forEach(function (choice) {
      var label = el("label");
      var input = el("input", { type: "radio", name: name, value: choice[0] });
      if (choice[0] === chosen) { input.checked = true; }
      label.appendChild(input);
      label.appendChild(el("span", {}, choice[1]));
      fieldset.appendChild(label);
    });
    return fieldset;
  }

  function chosen(form, name) {
    var checked = form.querySelector("input[name='" + name + "']:checked");
    return checked ? checked.value : "";
  }

  function renderContribute(content) {
    $("heading").textContent = t("contribute_heading");
    var form = el("form");
    form.appendChild(el("label", { "for": "text" }, t("text_label")));
    form.appendChild(el("textarea", { id: "text", maxlength: "2000", rows: "5" }));
    form.appendChild(el("label", { "for": "prompt" }, t("prompt_label")));
    var select = el("select", { id: "prompt" });
    ["none", "smells", "tastes", "sounds", "looks", "feels"].forEach(function (key) {
      select.appendChild(el("option", { value: key }, t("prompt_" + key)));
    });
    form.appendChild(select);
    form.appendChild(radios("language", t("language_label"),
      [["en", t("language_en")], ["cy", t("language_cy")]], lang));
    form.appendChild(radios("consent", t("consent_label"), [
      ["anonymous", t("consent_anonymous")],
      ["with-name", t("consent_with_name")],
      ["do-not-quote", t("consent_do_not_quote")]
    ], "anonymous"));
    form.appendChild(el("label", { "for": "name" }, t("name_label")));
    form.appendChild(el("input", { type: "text", id: "name", maxlength: "100", autocomplete: "name" }));
    var buttons = el("div", { "class": "buttons" });
    buttons.appendChild(el("button", { type: "submit" }, t("send")));
    form.appendChild(buttons);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      ask("POST", "/api/contribute", {
        text: $("text").value,
        prompt: $("prompt").value,
        language: chosen(form, "language"),
        consent: chosen(form, "consent"),
        name: $("name").value
      }).then(function (answer) {
        if (answer.ok) {
          $("text").value = "";
          say(t("sent"));
        } else {
          refusal(answer);
        }
      }, offline);
    });
    content.appendChild(form);
  }

  function dotsOn(themeId) {
    return state.dots.filter(function (id) { return id === themeId; }).length;
  }

  function updateDots() {
    var left = Math.max(0, state.budget - state.dots.length);
    var counter = $("dots-left");
    if (counter) { counter.textContent = t("dots_left", { left: left, total: state.budget }); }
    Object.keys(themeParts).forEach(function (id) {
      themeParts[id].textContent = t("dots_here", { count: dotsOn(Number(id)) });
    });
  }

  function renderVote(content) {
    $("heading").textContent = t("vote_heading");
    content.appendChild(el("p", { id: "dots-left", "class": "left" }));
    if (!state.themes.length) { content.appendChild(el("p", {}, t("no_themes"))); }
    state.themes.forEach(function (theme) {
      var titleId = "theme-" + theme.id;
      var section = el("section", { "class": "theme", "aria-labelledby": titleId });
      section.appendChild(el("h2", { id: titleId }, theme.title));
      if (theme.meaning) { section.appendChild(el("p", {}, theme.meaning)); }
      var here = el("p", { "class": "here", id: titleId + "-here" });
      themeParts[theme.id] = here;
      section.appendChild(here);
      var buttons = el("div", { "class": "buttons" });
      [["give_dot", true, ""], ["take_dot", false, "secondary"]].forEach(function (kind) {
        var button = el("button", {
          type: "button", "class": kind[2], "aria-describedby": titleId + " " + titleId + "-here"
        }, t(kind[0]));
        button.addEventListener("click", function () {
          ask("POST", "/api/dot", { theme: theme.id, give: kind[1] }).then(function (answer) {
            if (answer.ok) {
              say("");
              state.dots = answer.data.dots;
              state.budget = answer.data.budget;
              updateDots();
            } else {
              refusal(answer);
            }
          }, offline);
        });
        buttons.appendChild(button);
      });
      section.appendChild(buttons);
      if (theme.quotes.length) {
        var details = el("details");
        details.appendChild(el("summary", {}, t("quotes")));
        var list = el("ul");
        theme.quotes.forEach(function (quote) { list.appendChild(el("li", {}, quote)); });
        details.appendChild(list);
        section.appendChild(details);
      }
      content.appendChild(section);
    });
    updateDots();
  }

  function renderCheck(content) {
    $("heading").textContent = t("check_heading");
    var version = state.version;
    if (!version) { content.appendChild(el("p", {}, t("no_version"))); return; }
    var which = version.part === "charter" ? "check_charter_version" : "check_version";
    content.appendChild(el("p", {}, t(which, { number: version.number })));
    if (version.part === "charter") {
      // A principle on each line: a list, so each reads (and is read out) as one.
      var principles = el("ul", { "class": "principles" });
      version.text.split("\n").forEach(function (line) {
        if (line.trim()) { principles.appendChild(el("li", {}, line.trim())); }
      });
      content.appendChild(principles);
    } else {
      content.appendChild(el("blockquote", {}, version.text));
    }
    if (state.answered) { content.appendChild(el("p", {}, t("answered"))); return; }
    var form = el("form");
    form.appendChild(radios("response", t("answer_label"), [
      ["agree", t("agree")],
      ["agree-with-changes", t("agree_with_changes")],
      ["disagree", t("disagree")]
    ], "agree"));
    form.appendChild(el("label", { "for": "comment" }, t("comment_label")));
    form.appendChild(el("textarea", { id: "comment", maxlength: "2000", rows: "4" }));
    var buttons = el("div", { "class": "buttons" });
    buttons.appendChild(el("button", { type: "submit" }, t("send")));
    form.appendChild(buttons);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      ask("POST", "/api/answer", {
        part: version.part,
        version: version.number,
        response: chosen(form, "response"),
        comment: $("comment").value
      }).then(function (answer) {
        if (answer.ok) {
          say(t("answered"));
          state.answered = true;
          shape = "";
          show(state);
        } else {
          refusal(answer);
        }
      }, offline);
    });
    content.appendChild(form);
  }

  // ---- Language ----

  function applyLanguage() {
    document.documentElement.lang = lang;
    document.title = t("title");
    var other = lang === "cy" ? "en" : "cy";
    var button = $("switch");
    button.textContent = words[other].switch;
    button.setAttribute("lang", other);
    button.hidden = false;
  }

  function start() {
    lang = firstLanguage();
    var match = window.location.pathname.match(/^\/join\/([0-9a-f]{32})$/);
    room = match ? match[1] : null;
    fetch("/strings.json", { cache: "no-store" }).then(function (r) { return r.json(); }).then(function (loaded) {
      words = loaded;
      applyLanguage();
      $("switch").addEventListener("click", function () {
        lang = lang === "cy" ? "en" : "cy";
        remember("cytun-lang", lang);
        applyLanguage();
        if (state) { shape = ""; show(state); } else if (!room) { showCodeForm(); }
      });
      if (room) {
        device = recall("cytun-device-" + room);
        if (device) { refresh(); } else { join({ room: room }); }
      } else {
        showCodeForm();
      }
      window.setInterval(refresh, POLL_MS);
    }, offline);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
}());
