// Hotline team page: keeps relative times current, follows /events and
// re-fetches the part of the page that changed, and finishes a sign-in
// link whose token is in the URL fragment (which never reaches the server
// or its logs).
"use strict";

(function () {
  const page = document.body.dataset.page;

  function span(ms) {
    let s = Math.max(0, Math.floor(ms / 1000));
    if (s < 60) return s + " s";
    const m = Math.floor(s / 60);
    if (m < 60) return m + " min";
    const h = Math.floor(m / 60);
    if (h < 24) return m % 60 ? h + " h " + (m % 60) + " min" : h + " h";
    return Math.floor(h / 24) + " d " + (h % 24) + " h";
  }

  // Exact times arrive in UTC; show them in the reader's own zone.
  const local = new Intl.DateTimeFormat(undefined, { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", second: "2-digit" });

  function tick(root) {
    const now = Date.now();
    (root || document).querySelectorAll("time[data-local]").forEach(function (el) {
      const t = Date.parse(el.getAttribute("datetime"));
      if (!isNaN(t) && !el.title) {
        el.title = el.textContent;
        el.textContent = local.format(t);
      }
    });
    (root || document).querySelectorAll("time[data-rel]").forEach(function (el) {
      const t = Date.parse(el.getAttribute("datetime"));
      if (isNaN(t)) return;
      const d = now - t;
      if (el.dataset.rel === "dur") el.textContent = span(d);
      else el.textContent = d < 0 ? "in " + span(-d) : span(d) + " ago";
    });
  }

  if (page === "signin") {
    const form = document.getElementById("signin");
    const m = /(?:^#|&)token=([^&]+)/.exec(location.hash);
    if (form && m) {
      const name = /(?:^#|&)name=([^&]+)/.exec(location.hash);
      history.replaceState(null, "", location.pathname + location.search);
      form.elements.token.value = decodeURIComponent(m[1]);
      if (name && !form.elements.name.value) form.elements.name.value = decodeURIComponent(name[1]);
      form.submit();
    }
    return;
  }

  tick();
  setInterval(tick, 15000);

  const live = document.getElementById("live");
  if (!live || !window.EventSource) return;
  const announce = document.getElementById("announce");

  function status(text, cls) {
    live.textContent = text;
    live.className = "live " + cls;
  }

  async function replace(id, url, changed) {
    const target = document.getElementById(id);
    if (!target) return;
    const resp = await fetch(url, { credentials: "same-origin", headers: { Accept: "text/html" } });
    if (resp.status === 401) {
      status("signed out: reload to sign in", "off");
      return;
    }
    if (!resp.ok) return;
    const html = await resp.text();
    // Keep keyboard focus where it was when the element still exists.
    const focused = document.activeElement && document.activeElement.closest("[data-alert]");
    const focusID = focused ? focused.dataset.alert : null;
    target.innerHTML = html;
    tick(target);
    if (changed) {
      changed.forEach(function (a) {
        const el = target.querySelector('[data-alert="' + a + '"]');
        if (el && el.classList.contains("row")) el.classList.add("flash");
      });
    }
    if (focusID) {
      const el = target.querySelector('[data-alert="' + focusID + '"] a');
      if (el) el.focus();
    }
    if (page === "queue") {
      const n = target.querySelector('[data-count="waiting"]');
      if (n) document.title = (n.textContent !== "0" ? "(" + n.textContent + ") " : "") + "Hot queue · Hotline";
    }
  }

  function waitingIDs() {
    return new Set([...document.querySelectorAll('#queue [data-state="OPEN"], #queue [data-state="NOTIFIED"]')].map(function (el) { return el.dataset.alert; }));
  }

  let pending = null;
  let timer = null;
  function refresh(c) {
    pending = pending || { alerts: new Set(), warm: false, all: false };
    if (!c) pending.all = true;
    else {
      (c.alerts || []).forEach(function (a) { pending.alerts.add(a); });
      pending.warm = pending.warm || !!c.warm;
    }
    if (timer) return;
    // Changes often come in bursts (opened, queued, notified): fetch once.
    timer = setTimeout(function () {
      const p = pending;
      pending = null;
      timer = null;
      if (page === "queue") {
        const before = waitingIDs();
        replace("queue", "/partials/queue", p.alerts).then(function () {
          // Tell screen reader users what matters: somebody new is waiting.
          const fresh = [...waitingIDs()].filter(function (id) { return !before.has(id); });
          if (fresh.length && announce) {
            announce.textContent = fresh.length === 1 ? "New alert waiting" : fresh.length + " new alerts waiting";
          }
        });
      } else if (page === "alert") {
        const box = document.getElementById("alert-live");
        const id = box && Number(box.dataset.alert);
        if (p.all || p.alerts.has(id)) {
          replace("alert-live", "/partials/alerts/" + id, null);
          replace("alert-history", "/partials/alerts/" + id + "?part=history", null);
          if (announce) announce.textContent = "Alert updated";
        }
      }
    }, 80);
  }

  let opened = false;
  let es = null;
  function connect() {
    es = new EventSource("/events");
    es.onopen = function () {
      status("live", "on");
      // After a dropped connection something may have changed unseen.
      if (opened) refresh(null);
      opened = true;
    };
    es.addEventListener("change", function (ev) {
      try { refresh(JSON.parse(ev.data)); } catch (e) { refresh(null); }
    });
    es.onerror = function () {
      if (es.readyState === EventSource.CLOSED) status("offline: reload the page", "off");
      else status("reconnecting…", "off");
    };
  }
  connect();

  // Browsers allow about six connections per server over HTTP/1.1, and
  // each open stream holds one. Alert pages in background tabs let theirs
  // go and catch up when shown again; the queue keeps its stream so its
  // title count stays current.
  if (page === "alert") {
    document.addEventListener("visibilitychange", function () {
      if (document.hidden && es) {
        es.close();
        es = null;
        status("paused", "");
      } else if (!document.hidden && !es) {
        connect();
      }
    });
  }
})();
