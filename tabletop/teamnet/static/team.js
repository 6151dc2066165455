// The team page: shows the team's view of the exercise and sends its decisions.
// Every piece of text from the server is put in the page with textContent, never as HTML.
"use strict";

(function () {
  const code = location.pathname.split("/")[2] || "";
  const base = "/t/" + encodeURIComponent(code);
  const storeKey = "tabletop:" + code;
  const KINDS = {
    action: "Action",
    message: "Message",
    statement: "Public statement",
    agree_channel: "Agreement to open a channel",
    returned: "Sent back",
  };
  const STATUS_WORDS = {
    open: ["Open", "ok"],
    degraded: ["Degraded", "warn"],
    closed: ["Closed", "bad"],
    proposed: ["Proposed", "plain"],
  };

  const $ = (id) => document.getElementById(id);

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

  function setConnection(words, tone) {
    const node = $("connection");
    node.textContent = words;
    node.className = "badge " + tone;
  }

  // -- the clock -------------------------------------------------------------------------

  function scenarioLabel(minutes) {
    const whole = Math.floor(minutes);
    const day = Math.floor(whole / 1440) + 1;
    const inDay = whole % 1440;
    const hh = String(Math.floor(inDay / 60)).padStart(2, "0");
    const mm = String(inDay % 60).padStart(2, "0");
    return "Day " + day + " " + hh + ":" + mm;
  }

  function showClock() {
    if (!view) return;
    const clock = view.clock;
    let minutes = clock.scenario;
    if (clock.running) minutes += ((performance.now() - receivedAt) / 60000) * clock.scale;
    $("clock").textContent = scenarioLabel(minutes) + (clock.running ? "" : " (paused)");
  }

  // -- rendering ---------------------------------------------------------------------------

  function render() {
    if (!view) return;
    document.title = view.team.name + " — tabletop";
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
      announced.textContent =
        "Announced by the facilitator at " + level.announced_when + ": " +
        level.announced + " — " + level.announced_name;
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
    const options = [el("option", "", "No channel (an action)")];
    options[0].value = "";
    for (const c of channels) {
      let words = c.name + " — " + (STATUS_WORDS[c.status] || [c.status])[0].toLowerCase();
      if (c.status === "closed") words += " (will not get through)";
      if (c.status === "proposed") words += " (not yet agreed)";
      if (c.status === "degraded") words += " (slow)";
      const option = el("option", "", words);
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
    steps[5].textContent = "0 (no change)";
    replaceChildren(escalation, steps);
    escalation.value = current;
  }

  function statusOf(decision) {
    const recorded = "Recorded as " + decision.id;
    switch (decision.status) {
      case "delivered":
        return [recorded + " — delivered (" + decision.detail + ")", "ok"];
      case "in_transit":
        return [recorded + " — " + decision.detail, "warn"];
      case "not_delivered":
        return [recorded + " — not delivered: " + decision.detail, "bad"];
      case "withdrawn":
        return [recorded + " — withdrawn by the facilitator", "plain"];
      default:
        return [recorded + (decision.detail ? " — " + decision.detail : ""), "ok"];
    }
  }

  function submissionCard(kind, text, words, tone, extra) {
    const item = el("li", "");
    const meta = el("p", "meta");
    meta.appendChild(badge(words, tone));
    item.appendChild(meta);
    const body = el("p", "body", text);
    item.appendChild(body);
    const small = el("p", "meta", [KINDS[kind] || kind].concat(extra || []).join(" · "));
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
      const words = waiting.has(entry.key) || entry.acknowledged
        ? "Waiting for the facilitator" : "Sending…";
      items.push(submissionCard(entry.body.kind, entry.body.text, words, "plain", []));
    }
    for (const p of pending.slice().reverse()) {
      if (known.has(p.key)) continue;
      known.add(p.key);
      items.push(submissionCard(p.kind, p.text, "Waiting for the facilitator", "plain", []));
    }
    for (const entry of refused.slice().reverse()) {
      items.push(submissionCard(entry.body.kind, entry.body.text, "Not sent: " + entry.error, "bad", []));
    }
    for (const r of view.returned.slice().reverse()) {
      items.push(submissionCard("returned", r.text, "Returned by the facilitator: " + r.note, "bad", []));
    }
    for (const d of view.decisions.slice().reverse()) {
      const [words, tone] = statusOf(d);
      const extra = [d.when];
      if (d.channel) extra.push("over " + d.channel);
      if (d.recipients.length) extra.push("to " + d.recipients.join(", "));
      if (!d.key) extra.push("recorded by the facilitator");
      items.push(submissionCard(d.kind, d.text, words, tone, extra));
    }
    replaceChildren($("submissions"), items);
    $("submissions-empty").hidden = items.length > 0;
  }

  function renderInbox() {
    const items = view.inbox.map((m) => {
      const item = el("li", "");
      item.appendChild(el("h3", "", "From " + m.sender));
      const meta = el("p", "meta", "over " + m.channel + " · sent " + m.sent + " · arrived " + m.arrived + " ");
      if (m.delayed) meta.appendChild(badge("delayed", "warn"));
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
      if (i.sender) facts.push("from " + i.sender);
      if (i.to.length) facts.push("to " + i.to.join(", "));
      const meta = el("p", "meta", facts.join(" · ") + " ");
      if (i.team_only) meta.appendChild(badge("Only for your team", "private"));
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
      const [words, tone] = STATUS_WORDS[c.status] || [c.status, "plain"];
      item.appendChild(badge(words, tone));
      item.appendChild(el("span", "name", c.name));
      const facts = [];
      if (c.one_way) facts.push("one-way");
      facts.push(c.latency ? "takes " + c.latency + " min when open" : "immediate when open");
      if (c.status === "proposed") {
        facts.push("agreed: " + (c.agreed.join(", ") || "nobody yet"));
        facts.push("waiting for: " + c.waiting.join(", "));
      }
      item.appendChild(el("span", "note", facts.join(" · ")));
      return item;
    });
    replaceChildren($("channels"), items);
  }

  // -- the live connection ------------------------------------------------------------------

  function take(message) {
    if (message.type === "view") {
      view = message.view;
      pending = message.pending || [];
      receivedAt = performance.now();
      settleOutbox();
      render();
    } else if (message.type === "ended") {
      endNow();
    } else if (message.type === "revoked") {
      finished = true;
      setConnection("access replaced", "bad");
      setNotice("Your team's join code was replaced. Scan your team's new QR code to carry on.");
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

  function endNow() {
    finished = true;
    setConnection("ended", "plain");
    setNotice("The exercise has ended. Thank you for playing.");
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
    fetch(base + "/api/view", { headers: { "X-Tabletop-Device": device } })
      .then((response) => {
        if (response.status === 404) {
          finished = true;
          setConnection("not joined", "bad");
          setNotice("This join code is not valid (it may have been replaced). Scan your team's QR code again.");
          disableForm();
        } else if (response.status === 410) {
          endNow();
        } else {
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
          refused.push({ body: entry.body, error: data.error || "refused" });
        } else if (status === 410) {
          endNow();
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
      error.textContent = "Write what your team decided.";
      error.hidden = false;
      return;
    }
    const kind = $("kind").value;
    const channel = $("channel").value;
    if ((kind === "message" || kind === "agree_channel") && !channel) {
      error.textContent = "Choose the channel it goes over.";
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
