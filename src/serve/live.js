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

  const events = new EventSource("/_bulletin/events");
  events.addEventListener("hello", (e) => {
    hideOverlay();
    if (version !== null && e.data !== version) reload();
  });
  events.addEventListener("reload", reload);
  events.addEventListener("css", (e) => {
    version = e.data;
    swapStyles().catch(reload);
  });
  events.addEventListener("failed", (e) => showOverlay(e.data));
})();
