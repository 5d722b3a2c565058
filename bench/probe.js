// Benchmark probe, injected into every page before its own scripts (Playwright
// init script). It changes nothing the page does; it only watches (and clicks):
//   * window.__wlMsg: every message a Worker posts to the page (count, UTF-8
//     bytes, per message type), by wrapping the Worker constructor so a
//     listener of ours sees each message event first;
//   * window.__cold: cold-start marks (ms since navigation start), when the
//     page URL has #cold=<button label>|<heading text before the click>;
//   * window.__bench.click(): click a button, time click -> DOM updated, count
//     DOM mutations, bytes posted, until the app is idle again.
(() => {
  const enc = new TextEncoder();
  const msg = { bytes: 0, count: 0, types: {}, log: [] };
  window.__wlMsg = msg;
  const sizeOf = (d) => {
    if (typeof d === "string") return enc.encode(d).length;
    // A message with binary parts (a table's columns): its JSON text plus its buffers.
    if (d && typeof d.text === "string" && Array.isArray(d.buffers)) {
      return enc.encode(d.text).length + d.buffers.reduce((n, b) => n + (b?.byteLength || 0), 0);
    }
    if (d && typeof d.byteLength === "number") return d.byteLength;
    try { return enc.encode(JSON.stringify(d)).length; } catch { return 0; }
  };
  const typeOf = (d) => {
    try {
      const m = typeof d === "string" ? JSON.parse(d) : typeof d?.text === "string" ? JSON.parse(d.text) : d;
      return m && m.type ? (m.stage ? `${m.type}:${m.stage}` : String(m.type)) : "?";
    } catch { return "?"; }
  };
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(...args) {
      super(...args);
      msg.workerCreated = msg.workerCreated || performance.now();
      this.addEventListener("message", (ev) => {
        const n = sizeOf(ev.data);
        const t = typeOf(ev.data);
        msg.bytes += n;
        msg.count += 1;
        const slot = (msg.types[t] = msg.types[t] || { count: 0, bytes: 0, first: performance.now() });
        slot.count += 1;
        slot.bytes += n;
        // [time, type, bytes, bytes of JSON text (binary parts excluded)]
        const text = typeof ev.data?.text === "string" ? enc.encode(ev.data.text).length : n;
        if (msg.log.length < 200) msg.log.push([performance.now(), t, n, text]);
      });
    }
  };

  const findButton = (label) => [...document.querySelectorAll("button")].find((b) => b.textContent.trim() === label);
  const appEl = () => document.querySelector('[data-testid="stApp"]');
  const headingHas = (text) => {
    for (const h of document.querySelectorAll('[data-testid="stHeading"]')) if (h.textContent.includes(text)) return true;
    return false;
  };

  // ---- cold start -------------------------------------------------------
  const coldSpec = /#cold=([^|]*)\|(.*)$/.exec(decodeURIComponent(location.hash));
  if (coldSpec) {
    const [, label, before] = coldSpec;
    const cold = (window.__cold = {});
    const mark = (k) => { if (!cold[k]) cold[k] = performance.now(); };
    const afterFrame = (k) => requestAnimationFrame(() => setTimeout(() => mark(k), 0));
    // The click goes out once the button has been painted (a user cannot click sooner),
    // and "interactive" is when a heading no longer shows the text it had before the click.
    const clickWhenPainted = (b) => {
      cold.button_seen = cold.button_seen || performance.now();
      requestAnimationFrame(() => setTimeout(() => {
        const live = findButton(label) || b;
        cold.clicked = performance.now();
        live.click();
      }, 0));
    };
    const look = () => {
      const h = document.querySelector('[data-testid="stHeading"]');
      if (h && !cold.dom) {
        mark("dom");
        afterFrame("paint");
      }
      const app = appEl();
      if (app && app.dataset.testConnectionState === "CONNECTED" && app.dataset.testScriptState === "notRunning") mark("first_run_done");
      const b = findButton(label);
      if (b && !cold.button_seen) clickWhenPainted(b);
      if (cold.clicked && h && !h.textContent.includes(before)) mark("interactive");
    };
    new MutationObserver(look).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    // Safety net: a click that landed before the page listened is repeated once the first run is done.
    window.__coldReclick = () => {
      const b = findButton(label);
      if (b && !cold.interactive) { cold.reclicked = performance.now(); b.click(); }
    };
  }

  // ---- click -> DOM updated ---------------------------------------------
  window.__bench = {
    /**
     * Click `label`, resolve when a stHeading contains `expect` and the app is idle
     * (script state notRunning and no DOM mutation for `quietMs`).
     */
    click(label, expect, quietMs = 40, timeoutMs = 60000) {
      const app = appEl();
      const btn = findButton(label);
      if (!btn) return Promise.reject(new Error(`no button ${label}`));
      const bytes0 = msg.bytes, count0 = msg.count;
      const types0 = JSON.parse(JSON.stringify(msg.types));
      let muts = 0, content = 0, added = 0, removed = 0, attrs = 0, chars = 0, t1 = 0;
      let last = 0;
      const detail = [];
      return new Promise((resolve, reject) => {
        const obs = new MutationObserver((recs) => {
          last = performance.now();
          muts += recs.length;
          for (const r of recs) {
            if (detail.length < 60) {
              const t = r.target.nodeType === 1 ? r.target : r.target.parentElement;
              const where = t ? `${t.tagName.toLowerCase()}${t.dataset && t.dataset.testid ? `[${t.dataset.testid}]` : ""}${t.className && typeof t.className === "string" ? "." + t.className.split(" ")[0] : ""}` : "?";
              detail.push(r.type === "attributes" ? `attr ${r.attributeName} on ${where}` : r.type === "characterData" ? `text in ${where}`
                : `children of ${where} +${r.addedNodes.length}/-${r.removedNodes.length}`);
            }
            if (r.type === "attributes") attrs++;
            else if (r.type === "characterData") chars++;
            else { added += r.addedNodes.length; removed += r.removedNodes.length; }
            if (!(r.type === "attributes" && r.target === app)) content++;
          }
          if (!t1 && headingHas(expect)) t1 = last;
        });
        obs.observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true, characterDataOldValue: false });
        const t0 = performance.now();
        last = t0;
        btn.click();
        const poll = () => {
          const now = performance.now();
          if (t1 && app.dataset.testScriptState === "notRunning" && now - last >= quietMs) {
            obs.disconnect();
            const types = {};
            for (const [k, v] of Object.entries(msg.types)) {
              const b = v.bytes - ((types0[k] && types0[k].bytes) || 0);
              if (b) types[k] = b;
            }
            return resolve({ ms: t1 - t0, mutations: muts, content_mutations: content, added, removed, attributes: attrs, character_data: chars,
                             posted_bytes: msg.bytes - bytes0, posted_messages: msg.count - count0, posted_by_type: types, detail });
          }
          if (now - t0 > timeoutMs) { obs.disconnect(); return reject(new Error(`timeout waiting for "${expect}"`)); }
          setTimeout(poll, 5);
        };
        setTimeout(poll, 5);
      });
    },
    /** `n` clicks in a row (no per-click round trip to Playwright); returns the results. */
    async clicks(label, expectPrefix, start, n, quietMs = 40, gapMs = 20) {
      const out = [];
      for (let i = 1; i <= n; i++) {
        out.push(await window.__bench.click(label, expectPrefix.replace("{k}", String(start + i)), quietMs));
        await new Promise((r) => setTimeout(r, gapMs));
      }
      return out;
    },
  };
})();
