// The team page: shows the team's view of the exercise and sends its decisions.
// Every piece of text from the server is put in the page with textContent, never as HTML.
// The page has no words of its own: they come from the server, in the session's language,
// with the first snapshot (words), and the page only fills their {placeholders}.
"use strict";

(function () {
  const code = location.pathname.split("/")[2] || "";
  const base = "/t/" + encodeURIComponent(code);
  const storeKey = "tabletop:" + code;
  const KIND_WORDS = {
    action: "kind_action",
    message: "kind_message",
    statement: "kind_statement",
    agree_channel: "kind_agree_channel_done",
    returned: "kind_returned",
  };
  const TONES = { open: "ok", degraded: "warn", closed: "bad", proposed: "plain" };

  const $ = (id) => document.getElementById(id);

  // -- words -----------------------------------------------------------------------------

  let words = {};

  // the words for a key with its {placeholders} filled; "" for a key the server did not give
  function t(key, values) {
    const pattern = words[key];
    if (typeof pattern !== "string") return "";
    return pattern.replace(/\{(\w+)\}/g, (whole, name) =>
      values && Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole);
  }

  function applyWords() {
    for (const node of document.querySelectorAll("[data-text]")) {
      const text = t(node.dataset.text);
      if (text) node.textContent = text;
    }
    for (const node of document.querySelectorAll("[data-label]")) {
      const text = t(node.dataset.label);
      if (text) node.setAttribute("aria-label", text);
    }
  }

  function kindWords(kind) {
    return t(KIND_WORDS[kind] || "") || kind;
  }

  function randomKey() {
    // crypto.getRandomValues works on plain HTTP; crypto.randomUUID does not
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    let text = "";
    for (const b of bytes) text += String.fromCharCode(b);
    return btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }

  function readStore(key, fallback) {
    try {
      const raw = localStorage.getItem(key);
      return raw ? JSON.parse(raw) : fallback;
    } catch (e) {
      return fallback;
    }
  }

  function writeStore(key, value) {
    try {
      localStorage.setItem(key, JSON.stringify(value));
    } catch (e) {
      /* private browsing: the submissions live only in this page */
    }
  }

  let device = readStore("tabletop:device", "");
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(device)) {
    device = randomKey();
    writeStore("tabletop:device", device);
  }

  // submissions this device sent that the facilitator has not yet recorded or returned
  let outbox = readStore(storeKey, []);
  if (!Array.isArray(outbox)) outbox = [];
  for (const entry of outbox) entry.inFlight = false;
  const refused = [];

  let view = null;
  let pending = [];
  let receivedAt = 0;
  let socket = null;
  let attempt = 0;
  let finished = false; // ended or revoked: no more reconnecting

  // -- small DOM helpers -----------------------------------------------------------------

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function badge(words, tone) {
    return el("span", "badge " + tone, words);
  }

  function replaceChildren(parent, children) {
    while (parent.firstChild) parent.removeChild(parent.firstChild);
    for (const child of children) parent.appendChild(child);
  }

  function setNotice(text) {
    const notice = $("notice");
    notice.textContent = text || "";
    notice.hidden = !text;
  }

  // the connection's state; its words are shown as soon as the page has them
  let connection = ["connecting", ""];

  function setConnection(key, tone) {
    connection = [key, tone];
    showConnection();
  }

  function showConnection() {
    const node = $("connection");
    const text = t(connection[0]);
    if (text) node.textContent = text;
    node.className = "badge " + connection[1];
  }

  // -- the clock -------------------------------------------------------------------------

  function scenarioLabel(minutes) {
    const whole = Math.floor(minutes);
    const day = Math.floor(whole / 1440) + 1;
    const inDay = whole % 1440;
    const hh = String(Math.floor(inDay / 60)).padStart(2, "0");
    const mm = String(inDay % 60).padStart(2, "0");
    return t("day_time", { day: day, time: hh + ":" + mm });
  }

  function showClock() {
    if (!view) return;
    const clock = view.clock;
    if (!clock.running) {
      // the server's own label while the clock stands still
      $("clock").textContent = t("paused", { time: clock.label });
      return;
    }
    const minutes = clock.scenario + ((performance.now() - receivedAt) / 60000) * clock.scale;
    $("clock").textContent = scenarioLabel(minutes);
  }

  // -- rendering ---------------------------------------------------------------------------

  function render() {
    if (!view) return;
    document.documentElement.lang = view.language || document.documentElement.lang;
    document.title = t("team_title", { team: view.team.name }) || view.team.name;
    $("team-name").textContent = view.team.name;
    $("exercise-title").textContent = view.exercise.session || view.exercise.title;
    showClock();
    renderLevel();
    renderCompose();
    renderSubmissions();
    renderInbox();
    renderInjects();
    renderChannels();
    const briefing = view.team.briefing || "";
    $("briefing-panel").hidden = !briefing && !view.team.role;
    $("role").textContent = view.team.role || "";
    $("briefing").textContent = briefing;
    if (view.exercise.ended) endNow();
  }

  function renderLevel() {
    const level = view.level;
    $("level-number").textContent = String(level.believed);
    $("level-name").textContent = level.name;
    const announced = $("level-announced");
    if (level.announced !== null && level.announced !== undefined) {
      announced.textContent = t("level_announced", {
        time: level.announced_when,
        level: level.announced,
        name: level.announced_name,
      });
      announced.hidden = false;
    } else {
      announced.hidden = true;
    }
  }

  let composeKey = "";

  function renderCompose() {
    const channels = view.channels;
    const teams = view.teams;
    const key = JSON.stringify([channels, teams, view.level.lowest, view.level.highest]);
    if (key === composeKey) return; // keep what is being typed and chosen
    composeKey = key;
    const channel = $("channel");
    const chosen = channel.value;
    const options = [el("option", "", t("no_channel"))];
    options[0].value = "";
    for (const c of channels) {
      const option = el("option", "", t("channel_" + c.status, { channel: c.name }) || c.name);
      option.value = c.id;
      options.push(option);
    }
    replaceChildren(channel, options);
    channel.value = chosen;
    const list = $("recipient-list");
    const ticked = new Set(Array.from(list.querySelectorAll("input:checked")).map((i) => i.value));
    const boxes = teams.map((t) => {
      const label = el("label", "");
      const box = document.createElement("input");
      box.type = "checkbox";
      box.name = "recipient";
      box.value = t.id;
      box.checked = ticked.has(t.id);
      label.appendChild(box);
      label.appendChild(document.createTextNode(t.name));
      return label;
    });
    replaceChildren(list, boxes);
    const escalation = $("escalation");
    const current = escalation.value || "0";
    const steps = [];
    for (let n = -5; n <= 5; n++) {
      const option = el("option", "", n > 0 ? "+" + n : String(n));
      option.value = String(n);
      steps.push(option);
    }
    steps[5].textContent = t("no_change") || "0";
    replaceChildren(escalation, steps);
    escalation.value = current;
  }

  function statusOf(decision) {
    const values = { id: decision.id, detail: decision.detail };
    switch (decision.status) {
      case "delivered":
        return [t("delivered", values), "ok"];
      case "in_transit":
        return [t("recorded_detail", values), "warn"];
      case "not_delivered":
        return [t("not_delivered", values), "bad"];
      case "withdrawn":
        return [t("withdrawn", values), "plain"];
      default:
        return [t(decision.detail ? "recorded_detail" : "recorded", values), "ok"];
    }
  }

  function submissionCard(kind, text, words, tone, extra) {
    const item = el("li", "");
    const meta = el("p", "meta");
    meta.appendChild(badge(words, tone));
    item.appendChild(meta);
    const body = el("p", "body", text);
    item.appendChild(body);
    const small = el("p", "meta", [kindWords(kind)].concat(extra || []).join(" · "));
    item.appendChild(small);
    return item;
  }

  function renderSubmissions() {
    const items = [];
    const known = new Set();
    const waiting = new Set(pending.map((p) => p.key));
    for (const entry of outbox.slice().reverse()) {
      if (known.has(entry.key)) continue;
      known.add(entry.key);
      const status = t(waiting.has(entry.key) || entry.acknowledged ? "waiting" : "sending");
      items.push(submissionCard(entry.body.kind, entry.body.text, status, "plain", []));
    }
    for (const p of pending.slice().reverse()) {
      if (known.has(p.key)) continue;
      known.add(p.key);
      items.push(submissionCard(p.kind, p.text, t("waiting"), "plain", []));
    }
    for (const entry of refused.slice().reverse()) {
      const error = entry.error || t("refused");
      items.push(submissionCard(entry.body.kind, entry.body.text, t("not_sent", { error: error }), "bad", []));
    }
    for (const r of view.returned.slice().reverse()) {
      items.push(submissionCard("returned", r.text, t("returned", { note: r.note }), "bad", []));
    }
    for (const d of view.decisions.slice().reverse()) {
      const [words, tone] = statusOf(d);
      const extra = [d.when];
      if (d.channel) extra.push(t("over_channel", { channel: d.channel }));
      if (d.recipients.length) extra.push(t("to_teams", { teams: d.recipients_text }));
      if (!d.key) extra.push(t("by_facilitator"));
      items.push(submissionCard(d.kind, d.text, words, tone, extra));
    }
    replaceChildren($("submissions"), items);
    $("submissions-empty").hidden = items.length > 0;
  }

  function renderInbox() {
    const items = view.inbox.map((m) => {
      const item = el("li", "");
      item.appendChild(el("h3", "", t("inbox_from", { team: m.sender })));
      const facts = { channel: m.channel, sent: m.sent, arrived: m.arrived };
      const meta = el("p", "meta", t("inbox_meta", facts) + " ");
      if (m.delayed) meta.appendChild(badge(t("delayed"), "warn"));
      item.appendChild(meta);
      item.appendChild(el("p", "body", m.text));
      return item;
    });
    replaceChildren($("inbox"), items);
    $("inbox-empty").hidden = items.length > 0;
  }

  function renderInjects() {
    const items = view.injects.map((i) => {
      const item = el("li", "");
      item.appendChild(el("h3", "", i.title));
      const facts = [i.when];
      if (i.phase) facts.push(i.phase);
      if (i.sender) facts.push(t("inject_from", { sender: i.sender }));
      if (i.to.length) facts.push(t("to_teams", { teams: i.to_text }));
      const meta = el("p", "meta", facts.join(" · ") + " ");
      if (i.team_only) meta.appendChild(badge(t("only_yours"), "private"));
      item.appendChild(meta);
      item.appendChild(el("p", "body", i.narrative));
      return item;
    });
    replaceChildren($("injects"), items);
    $("injects-empty").hidden = items.length > 0;
  }

  function renderChannels() {
    const items = view.channels.map((c) => {
      const item = el("li", "");
      item.appendChild(badge(t("status_" + c.status) || c.status, TONES[c.status] || "plain"));
      item.appendChild(el("span", "name", c.name));
      const facts = [];
      if (c.one_way) facts.push(t("one_way"));
      facts.push(c.latency_text);
      if (c.status === "proposed") {
        facts.push(c.agreed.length ? t("agreed", { parties: c.agreed_text }) : t("agreed_none"));
        facts.push(t("waiting_for", { parties: c.waiting_text }));
      }
      item.appendChild(el("span", "note", facts.join(" · ")));
      return item;
    });
    replaceChildren($("channels"), items);
  }

  // -- the live connection ------------------------------------------------------------------

  function take(message) {
    if (message.type === "view") {
      if (message.words && typeof message.words === "object") {
        words = message.words;
        applyWords();
        showConnection();
      }
      view = message.view;
      pending = message.pending || [];
      receivedAt = performance.now();
      settleOutbox();
      render();
    } else if (message.type === "ended") {
      endNow();
    } else if (message.type === "revoked") {
      finished = true;
      setConnection("revoked", "bad");
      setNotice(t("revoked_notice"));
      disableForm();
    }
  }

  function settleOutbox() {
    if (!view) return;
    const resolved = new Set();
    for (const d of view.decisions) if (d.key) resolved.add(d.key);
    for (const r of view.returned) resolved.add(r.key);
    const before = outbox.length;
    outbox = outbox.filter((entry) => !resolved.has(entry.key));
    if (outbox.length !== before) writeStore(storeKey, outbox);
    // anything neither waiting nor resolved is sent (again): the key makes that safe
    const waiting = new Set(pending.map((p) => p.key));
    for (const entry of outbox) if (!waiting.has(entry.key)) send(entry);
  }

  function endNow(said) {
    finished = true;
    setConnection("ended", "plain");
    setNotice(t("ended_notice") || said || "");
    disableForm();
    if (socket) socket.close();
  }

  function disableForm() {
    for (const node of $("compose").elements) node.disabled = true;
  }

  function connect() {
    if (finished) return;
    const scheme = location.protocol === "https:" ? "wss://" : "ws://";
    const url = scheme + location.host + base + "/api/live?device=" + encodeURIComponent(device);
    let opened = false;
    try {
      socket = new WebSocket(url);
    } catch (e) {
      retry();
      return;
    }
    socket.onopen = () => {
      opened = true;
      attempt = 0;
      setConnection("live", "ok");
      setNotice("");
    };
    socket.onmessage = (event) => {
      try {
        take(JSON.parse(event.data));
      } catch (e) {
        /* a message this page does not understand is ignored */
      }
    };
    socket.onclose = () => {
      socket = null;
      if (finished) return;
      setConnection("reconnecting", "warn");
      if (!opened) {
        diagnose();
      } else {
        retry();
      }
    };
  }

  function retry() {
    attempt += 1;
    const delay = Math.min(15000, 500 * Math.pow(2, attempt - 1)) * (0.5 + Math.random() / 2);
    setTimeout(connect, delay);
  }

  function diagnose() {
    // a WebSocket that never opened says nothing about why: ask the API
    // (its answer is in the session's language: the snapshot with the page's words, or a
    // refusal whose sentence the page can show before it has any words of its own)
    fetch(base + "/api/view", { headers: { "X-Tabletop-Device": device } })
      .then((response) =>
        response.json().catch(() => ({})).then((data) => ({ status: response.status, data })))
      .then(({ status, data }) => {
        if (status === 404) {
          finished = true;
          setConnection("not_joined", "bad");
          setNotice(t("invalid_notice") || data.error || "");
          disableForm();
        } else if (status === 410) {
          endNow(data.error);
        } else {
          if (status === 200 && data.type === "view") take(data);
          retry();
        }
      })
      .catch(() => retry());
  }

  // -- sending decisions ---------------------------------------------------------------------

  function send(entry) {
    if (entry.inFlight || finished) return;
    entry.inFlight = true;
    fetch(base + "/api/submit", {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Tabletop-Device": device },
      body: JSON.stringify(Object.assign({ key: entry.key }, entry.body)),
    })
      .then((response) =>
        response.json().catch(() => ({})).then((data) => ({ status: response.status, data })))
      .then(({ status, data }) => {
        entry.inFlight = false;
        if (status === 200 || status === 202) {
          entry.acknowledged = true;
          writeStore(storeKey, outbox);
        } else if (status === 400 || status === 413 || status === 415) {
          outbox = outbox.filter((e) => e.key !== entry.key);
          writeStore(storeKey, outbox);
          refused.push({ body: entry.body, error: data.error || "" });
        } else if (status === 410) {
          endNow(data.error);
        } else {
          setTimeout(() => send(entry), 2000 + Math.random() * 2000);
        }
        if (view) renderSubmissions();
      })
      .catch(() => {
        entry.inFlight = false;
        setTimeout(() => send(entry), 3000 + Math.random() * 2000);
      });
  }

  function submit(event) {
    event.preventDefault();
    const error = $("compose-error");
    const text = $("text").value.trim();
    if (!text) {
      error.textContent = t("write_something");
      error.hidden = false;
      return;
    }
    const kind = $("kind").value;
    const channel = $("channel").value;
    if ((kind === "message" || kind === "agree_channel") && !channel) {
      error.textContent = t("choose_channel");
      error.hidden = false;
      return;
    }
    error.hidden = true;
    const recipients = Array.from($("recipient-list").querySelectorAll("input:checked")).map((i) => i.value);
    const tags = $("tags").value.split(",").map((t) => t.trim()).filter((t) => t).slice(0, 8);
    const entry = {
      key: randomKey(),
      body: {
        kind: kind,
        channel: channel,
        recipients: recipients,
        text: text,
        tags: tags,
        escalation: parseInt($("escalation").value || "0", 10),
      },
    };
    outbox.push(entry);
    writeStore(storeKey, outbox);
    $("text").value = "";
    $("tags").value = "";
    renderSubmissions();
    send(entry);
  }

  document.addEventListener("DOMContentLoaded", () => {
    $("compose").addEventListener("submit", submit);
    setInterval(showClock, 1000);
    // what was sent but not acknowledged before a reload is sent again
    setInterval(() => {
      for (const entry of outbox) if (!entry.acknowledged) send(entry);
    }, 5000);
    connect();
  });
})();
