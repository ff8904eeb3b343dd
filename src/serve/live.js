// bulletin serve: reloads this page when the site is rebuilt, swaps stylesheets when only they
// changed, and shows the errors of a failed build over the last good page. Injected by the
// preview server only; never part of a built site.
(() => {
  "use strict";
  const script = document.currentScript;
  let version = script ? script.dataset.bulletinVersion : null;
  const scrollKey = "bulletin-scroll:" + location.pathname;

  const saved = sessionStorage.getItem(scrollKey);
  if (saved !== null) {
    sessionStorage.removeItem(scrollKey);
    const [x, y] = saved.split(",").map(Number);
    const restore = () => window.scrollTo(x, y);
    if (document.readyState === "complete") restore();
    else addEventListener("load", restore, { once: true });
  }

  const reload = () => {
    sessionStorage.setItem(scrollKey, window.scrollX + "," + window.scrollY);
    location.reload();
  };

  // The rebuilt page replaces the shown one in place when only its body changed: no
  // navigation, no flash, the scroll position kept, and faster than a reload. A changed head
  // (title, links, styles) or any script in the new body means a real reload, so that
  // everything runs as it would on a fresh visit.
  const update = async () => {
    const response = await fetch(location.href, { cache: "no-store" });
    if (!response.ok) return reload();
    const fresh = new DOMParser().parseFromString(await response.text(), "text/html");
    const scripts = [...fresh.body.querySelectorAll("script")].filter(
      (s) => !s.hasAttribute("data-bulletin-version")
    );
    if (scripts.length > 0 || fresh.head.innerHTML !== document.head.innerHTML) return reload();
    const own = fresh.body.querySelector("script[data-bulletin-version]");
    if (own) own.remove();
    const mine = document.body.querySelector("script[data-bulletin-version]");
    overlay = null;
    const body = document.adoptNode(fresh.body);
    if (mine) body.append(mine);
    document.body.replaceWith(body);
  };

  let overlay = null;
  const hideOverlay = () => {
    if (overlay) {
      overlay.remove();
      overlay = null;
    }
  };
  const showOverlay = (text) => {
    hideOverlay();
    overlay = document.createElement("div");
    overlay.id = "bulletin-overlay";
    overlay.setAttribute("role", "alert");
    overlay.style.cssText =
      "position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;" +
      "margin:0;padding:1rem 1.25rem;background:#2b0b0b;color:#ffe9e9;" +
      "border-top:4px solid #e5484d;font:14px/1.5 ui-monospace,monospace;text-align:left";
    const heading = document.createElement("strong");
    heading.textContent = "bulletin serve: the last build failed; this page is the last good one.";
    const pre = document.createElement("pre");
    pre.style.cssText = "white-space:pre-wrap;margin:.5rem 0 0;font:inherit";
    pre.textContent = text;
    overlay.append(heading, pre);
    document.body.append(overlay);
  };

  // Take the new stylesheet addresses from the rebuilt page (their names carry a hash of their
  // content) and point the current links at them.
  const swapStyles = async () => {
    const response = await fetch(location.href, { cache: "no-store" });
    const fresh = new DOMParser().parseFromString(await response.text(), "text/html");
    const next = [...fresh.querySelectorAll('link[rel~="stylesheet"]')];
    const current = [...document.querySelectorAll('link[rel~="stylesheet"]')];
    if (next.length !== current.length) return reload();
    current.forEach((link, i) => {
      const href = next[i].getAttribute("href");
      if (link.getAttribute("href") !== href) link.setAttribute("href", href);
    });
    hideOverlay();
  };

  // The event stream is beside this script, below the site's base path.
  const src = script
    ? script.src
    : (document.querySelector('script[src*="/_bulletin/live.js"]') || { src: "_bulletin/live.js" }).src;
  // The stream is closed when the page is left: a browser holds six connections per host,
  // and streams of pages kept in the back-forward cache would otherwise use them up, so that
  // the seventh page opened in the preview waits for one to time out. A page shown again
  // from that cache reconnects, and its "hello" reloads it if the site changed meanwhile.
  let events = null;
  const connect = () => {
    events = new EventSource(new URL("events", new URL(src, location.href)));
    events.addEventListener("hello", (e) => {
      hideOverlay();
      if (version !== null && e.data !== version) reload();
    });
    events.addEventListener("reload", (e) => {
      version = e.data;
      update().catch(reload);
    });
    events.addEventListener("css", (e) => {
      version = e.data;
      swapStyles().catch(reload);
    });
    events.addEventListener("failed", (e) => showOverlay(e.data));
  };
  connect();
  addEventListener("pagehide", () => {
    if (events) events.close();
    events = null;
  });
  addEventListener("pageshow", (e) => {
    if (e.persisted && !events) connect();
  });
})();
