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
  // What is on screen, apart from the words: the phase and (in a sense-check) the version.
  // While it stays the same, a new drawing keeps what the person typed, chose, opened and
  // had focus on; when it changes, the page starts afresh.
  var scene = null;
  // The message beside each button that caused one (by place: "contribute", "check",
  // "theme-<id>"): its word's key and values, so it is drawn again, in the language
  // chosen, whenever the page is.
  var notes = {};
  // The language a person chose for their contribution, once they chose one: it stays
  // from one contribution to the next.
  var writtenIn = null;
  // Where focus goes when a new drawing no longer has what had it.
  var landing = null;

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

  // The top of the page: what is not about one button (joining, the room out of reach).
  function put(id, text) {
    // The same words again are not news: a live region is only touched when they change.
    if ($(id).textContent !== text) { $(id).textContent = text; }
  }
  function say(text) { put("alert", ""); put("status", text); }
  function warn(text) { put("status", ""); put("alert", text); }

  // ---- A message beside the button that caused it ----

  // Each place has a polite live region right after its button; one message shows at a time,
  // so an older one elsewhere on the page cannot be taken for the answer to this press.
  function noteArea(place) {
    var area = el("p", { id: "note-" + place, "class": "note", role: "status", "aria-live": "polite" });
    var said = notes[place];
    if (said) { fill(area, said); }
    return area;
  }

  function fill(area, said) {
    area.textContent = t(said.key, said.values);
    area.className = said.error ? "note error" : "note";
  }

  function note(place, key, values, error) {
    say("");
    Object.keys(notes).forEach(function (other) {
      if (other !== place && $("note-" + other)) { $("note-" + other).textContent = ""; }
    });
    notes = {};
    notes[place] = { key: key, values: values, error: Boolean(error) };
    var area = $("note-" + place);
    if (!area) { return; }
    // Emptied first, then filled: the same words twice (a second refused dot) are still read out.
    area.textContent = "";
    window.setTimeout(function () {
      var now = $("note-" + place);
      if (now && notes[place]) { fill(now, notes[place]); }
    }, 60);
  }

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

  // The word for what the server said, or for a request it could not read.
  function errorKey(error, otherwise) {
    var key = "error_" + String(error || otherwise).replace(/-/g, "_");
    return words && words.en[key] ? key : "error_bad_request";
  }

  // A refused request: beside its button (`place`), or at the top when the page as a whole
  // has moved on.
  function refusal(answer, place) {
    if (answer.status === 401 && room) {
      // The room no longer knows this phone: join again.
      device = null;
      return join({ room: room });
    }
    var key = errorKey(answer.data.error, "offline");
    if (place && key !== "error_not_now") {
      note(place, key, null, true);
      return;
    }
    warn(t(key));
    // What the button was for is gone: show what the room does now, under that message.
    if (place) { refresh(); }
  }

  function offline() { warn(t("error_offline")); }

  // ---- Joining ----

  function join(request) {
    say(t("joining"));
    return ask("POST", "/api/join", request).then(function (answer) {
      if (!answer.ok) {
        warn(t(errorKey(answer.data.error, "wrong_room")));
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
    var typed = $("code") ? $("code").value : "";
    var hadFocus = content.contains(document.activeElement);
    content.textContent = "";
    $("heading").textContent = t("code_heading");
    var form = el("form");
    form.appendChild(el("label", { "for": "code" }, t("code_label")));
    var code = el("input", {
      type: "text", id: "code", autocomplete: "off", autocapitalize: "characters",
      spellcheck: "false", maxlength: "12"
    });
    code.value = typed;
    form.appendChild(code);
    var buttons = el("div", { "class": "buttons" });
    buttons.appendChild(el("button", { type: "submit", id: "code-join" }, t("code_join")));
    form.appendChild(buttons);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      join({ code: $("code").value });
    });
    content.appendChild(form);
    if (hadFocus) { code.focus(); }
  }

  // ---- What the room is doing ----

  function refresh() {
    if (!device) { return; }
    ask("GET", "/api/state").then(function (answer) {
      if (answer.ok) {
        // The room is in reach again.
        if ($("alert").textContent === t("error_offline")) { put("alert", ""); }
        show(answer.data);
      } else {
        refusal(answer);
      }
    }, offline);
  }

  function sceneOf(next) {
    if (next.phase === "sense_check" && next.version) {
      return next.phase + ":" + next.version.part + ":" + next.version.number;
    }
    return String(next.phase);
  }

  // What the drawing depends on: the phase, and in it only what that phase shows.
  function shapeOf(next) {
    var parts = [lang, next.phase];
    if (next.phase === "vote") {
      parts.push((next.themes || []).map(function (theme) {
        return theme.id + ":" + theme.title + ":" + theme.meaning + ":" + theme.quotes.length;
      }).join("|"));
    } else if (next.phase === "sense_check") {
      parts.push(next.version ? next.version.part + ":" + next.version.number + ":" + next.version.text : "");
      parts.push(next.answered);
    }
    return parts.join("#");
  }

  function show(next) {
    state = next;
    var nextShape = shapeOf(next);
    if (nextShape !== shape) {
      shape = nextShape;
      render();
    } else if (next.phase === "vote") {
      updateDots();
    }
  }

  // What a new drawing keeps from the one before it: focus (by id), where the page was
  // scrolled to, what was typed and chosen, and which quotes were open.
  function keep(content) {
    var focused = document.activeElement;
    var kept = {
      hadFocus: Boolean(focused) && focused !== content && content.contains(focused),
      focusId: focused && focused.id ? focused.id : null,
      caret: null,
      x: window.pageXOffset,
      y: window.pageYOffset,
      values: [],
      open: []
    };
    if (kept.hadFocus && (focused.tagName === "TEXTAREA" || focused.type === "text") &&
        typeof focused.selectionStart === "number") {
      kept.caret = [focused.selectionStart, focused.selectionEnd];
    }
    Array.prototype.forEach.call(content.querySelectorAll("input, textarea, select"), function (field) {
      // The language of a contribution is kept apart (see writtenIn).
      if (!field.id || field.name === "language") { return; }
      kept.values.push({
        id: field.id, radio: field.type === "radio", checked: field.checked, value: field.value
      });
    });
    Array.prototype.forEach.call(content.querySelectorAll("details[open]"), function (details) {
      if (details.id) { kept.open.push(details.id); }
    });
    return kept;
  }

  function restore(kept, same) {
    var content = $("content");
    if (same) {
      kept.values.forEach(function (was) {
        var field = $(was.id);
        if (!field || !content.contains(field)) { return; }
        if (was.radio) { field.checked = was.checked; } else { field.value = was.value; }
      });
      kept.open.forEach(function (id) {
        var details = $(id);
        if (details) { details.open = true; }
      });
    }
    // The page stays where it was scrolled to, unless focus had to move elsewhere (then it
    // scrolls to where focus went).
    var stay = true;
    if (kept.hadFocus) {
      // The same element again, where it was; if it is gone, the nearest sensible place
      // (what replaced it, or the heading): never the page's body.
      var target = same && kept.focusId ? $(kept.focusId) : null;
      if (target && content.contains(target)) {
        target.focus({ preventScroll: true });
        if (kept.caret) {
          try { target.setSelectionRange(kept.caret[0], kept.caret[1]); } catch (e) { /* not text */ }
        }
      } else {
        (landing || $("heading")).focus();
        stay = false;
      }
    }
    if (same && stay) { window.scrollTo(kept.x, kept.y); }
  }

  function render() {
    var content = $("content");
    var kept = keep(content);
    var nextScene = sceneOf(state);
    var same = nextScene === scene;
    if (!same) {
      // Messages about what was on screen before mean nothing now.
      notes = {};
      scene = nextScene;
    }
    landing = null;
    content.textContent = "";
    themeParts = {};
    if (state.phase === "vote") { renderVote(content); }
    else if (state.phase === "sense_check") { renderCheck(content); }
    else { renderContribute(content); }
    restore(kept, same);
  }

  // A group of radio buttons; none is chosen unless `chosen` names one.
  function radios(name, legend, choices, chosen) {
    var fieldset = el("fieldset");
    fieldset.appendChild(el("legend", {}, legend));
    choices.forEach(function (choice) {
      var label = el("label");
      var input = el("input", { type: "radio", name: name, value: choice[0], id: name + "-" + choice[0] });
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

  function sendButton(form, place) {
    var buttons = el("div", { "class": "buttons" });
    buttons.appendChild(el("button", { type: "submit", id: "send" }, t("send")));
    form.appendChild(buttons);
    form.appendChild(noteArea(place));
  }

  function renderContribute(content) {
    $("heading").textContent = t("contribute_heading");
    var form = el("form");
    form.appendChild(el("label", { "for": "text" }, t("text_label")));
    form.appendChild(el("textarea", { id: "text", maxlength: "2000", rows: "5" }));
    form.appendChild(el("label", { "for": "prompt" }, t("prompt_label")));
    var select = el("select", { id: "prompt" });
    select.appendChild(el("option", { value: "none" }, t("prompt_none")));
    // This project's own questions when it has them (a survey's), else the five senses.
    // With its own questions, the senses its contributions also answer come first.
    var questions = state.questions || [];
    var senses = questions.length > 0 ? (state.senses || [])
      : ["smells", "tastes", "sounds", "looks", "feels"];
    senses.forEach(function (key) {
      select.appendChild(el("option", { value: key }, t("prompt_" + key)));
    });
    questions.forEach(function (question, i) {
      select.appendChild(el("option", { value: "q" + i }, question));
    });
    form.appendChild(select);
    form.appendChild(radios("language", t("language_label"),
      [["en", t("language_en")], ["cy", t("language_cy")]], writtenIn || lang));
    // Nothing chosen for them: sent without a choice, it is not quoted.
    form.appendChild(radios("consent", t("consent_label"), [
      ["with-name", t("consent_with_name")],
      ["anonymous", t("consent_anonymous")],
      ["do-not-quote", t("consent_do_not_quote")]
    ], null));
    form.appendChild(el("label", { "for": "name" }, t("name_label")));
    form.appendChild(el("input", { type: "text", id: "name", maxlength: "100", autocomplete: "name" }));
    sendButton(form, "contribute");
    form.addEventListener("change", function (event) {
      if (event.target.name === "language") { writtenIn = event.target.value; }
    });
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
          // The next contribution starts afresh: it never takes this one's question,
          // consent or name without being asked. Its language stays the person's.
          // (By id: the language switch may have drawn the form again since it was sent.)
          if ($("text")) {
            $("text").value = "";
            $("prompt").selectedIndex = 0;
            var consents = $("content").querySelectorAll("input[name='consent']");
            Array.prototype.forEach.call(consents, function (radio) { radio.checked = false; });
            $("name").value = "";
          }
          note("contribute", "sent");
        } else {
          refusal(answer, "contribute");
        }
      }, function () { note("contribute", "error_offline", null, true); });
    });
    content.appendChild(form);
  }

  function dotsOn(themeId) {
    return state.dots.filter(function (id) { return id === themeId; }).length;
  }

  function dotsLeft() {
    return { left: Math.max(0, state.budget - state.dots.length), total: state.budget };
  }

  function updateDots() {
    var counter = $("dots-left");
    if (counter) { counter.textContent = t("dots_left", dotsLeft()); }
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
      var place = "theme-" + theme.id;
      var section = el("section", { "class": "theme", "aria-labelledby": titleId });
      section.appendChild(el("h2", { id: titleId }, theme.title));
      if (theme.meaning) { section.appendChild(el("p", {}, theme.meaning)); }
      var here = el("p", { "class": "here", id: titleId + "-here" });
      themeParts[theme.id] = here;
      section.appendChild(here);
      var buttons = el("div", { "class": "buttons" });
      [["give_dot", true, "", "give-"], ["take_dot", false, "secondary", "take-"]].forEach(function (kind) {
        var button = el("button", {
          type: "button", id: kind[3] + theme.id, "class": kind[2],
          "aria-describedby": titleId + " " + titleId + "-here"
        }, t(kind[0]));
        button.addEventListener("click", function () {
          ask("POST", "/api/dot", { theme: theme.id, give: kind[1] }).then(function (answer) {
            if (answer.ok) {
              state.dots = answer.data.dots;
              state.budget = answer.data.budget;
              updateDots();
              // Beside the button too: the count at the top may be far up the page.
              note(place, "dots_left", dotsLeft());
            } else {
              refusal(answer, place);
            }
          }, function () { note(place, "error_offline", null, true); });
        });
        buttons.appendChild(button);
      });
      section.appendChild(buttons);
      section.appendChild(noteArea(place));
      if (theme.quotes.length) {
        var details = el("details", { id: "quotes-" + theme.id });
        details.appendChild(el("summary", { id: "quotes-" + theme.id + "-summary" }, t("quotes")));
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
    if (state.answered) {
      // The one place the thanks is shown; focus comes here from the Send button it replaces.
      landing = el("p", { id: "answered", "class": "done", tabindex: "-1" }, t("answered"));
      content.appendChild(landing);
      return;
    }
    var form = el("form");
    // Nothing chosen for them: the answer is theirs to give.
    form.appendChild(radios("response", t("answer_label"), [
      ["agree", t("agree")],
      ["agree-with-changes", t("agree_with_changes")],
      ["disagree", t("disagree")]
    ], null));
    form.appendChild(el("label", { "for": "comment" }, t("comment_label")));
    form.appendChild(el("textarea", { id: "comment", maxlength: "2000", rows: "4" }));
    sendButton(form, "check");
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var response = chosen(form, "response");
      if (!response) {
        note("check", "choose_answer", null, true);
        return;
      }
      ask("POST", "/api/answer", {
        part: version.part,
        version: version.number,
        response: response,
        comment: $("comment").value
      }).then(function (answer) {
        if (answer.ok) {
          say("");
          notes = {};
          state.answered = true;
          shape = "";
          show(state);
          // Read out once, where it is shown, even if the Send button had no focus to lose.
          var thanks = $("answered");
          if (thanks && document.activeElement !== thanks) { thanks.focus(); }
        } else {
          refusal(answer, "check");
        }
      }, function () { note("check", "error_offline", null, true); });
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
