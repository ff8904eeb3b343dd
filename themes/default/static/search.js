/* The search page (search.html): asks the site's Pagefind index (pagefind/, made by
   bulletin build) for the words in ?q= and lists the pages that match. Every text
   comes from the page, in its language: the messages are formatted by the site's
   catalogs, one per plural category, and chosen here by the count's category. The
   form works without this script as a plain form; the page says search needs it. */
const script = document.currentScript || document.querySelector("script[data-bundle]");
const data = script.dataset;
const results = JSON.parse(data.results || "{}");
const plural = new Intl.PluralRules(data.locale);
const number = new Intl.NumberFormat(data.locale);
const form = document.querySelector(".search-form");
const input = document.getElementById("search-query");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const more = document.getElementById("search-more");
const PAGE = 10;

let found = [];
let shown = 0;

function fill(template, count, query) {
  return template.replace("{count}", number.format(count)).replace("{query}", query);
}

function resultsText(count, query) {
  const template = results[plural.select(count)] || results.other || "";
  return fill(template, count, query);
}

// Pagefind's excerpt is HTML: the page's text with <mark> around the words found. Only the
// text and the marks are kept, read by an inert parser (no script runs, nothing loads).
function marked(html) {
  const parsed = new DOMParser().parseFromString("<p>" + html + "</p>", "text/html");
  const out = document.createDocumentFragment();
  for (const node of parsed.body.firstChild.childNodes) {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      out.append(mark);
    } else {
      out.append(document.createTextNode(node.textContent));
    }
  }
  return out;
}

async function showMore() {
  const next = found.slice(shown, shown + PAGE);
  shown += next.length;
  const pages = await Promise.all(next.map((r) => r.data()));
  for (const page of pages) {
    const item = document.createElement("li");
    const heading = document.createElement("h2");
    const link = document.createElement("a");
    link.href = page.url;
    link.textContent = (page.meta && page.meta.title) || page.url;
    heading.append(link);
    const excerpt = document.createElement("p");
    excerpt.append(marked(page.excerpt));
    item.append(heading, excerpt);
    list.append(item);
  }
  more.hidden = shown >= found.length;
}

async function run(query) {
  list.replaceChildren();
  // Busy until the results are in the list (screen readers wait; tests too).
  list.setAttribute("aria-busy", "true");
  more.hidden = true;
  found = [];
  shown = 0;
  if (!query) {
    status.textContent = "";
    list.removeAttribute("aria-busy");
    return;
  }
  status.textContent = data.searching || "";
  let search;
  try {
    // The bundle's own address: Pagefind finds its index beside it, under any base path.
    const pagefind = await import(data.bundle);
    await pagefind.options({ baseUrl: "/" });
    search = await pagefind.search(query);
  } catch (error) {
    // No index (yet: `serve` makes it just after the first build): try again on the next search.
    console.error(error);
    status.textContent = "";
    list.removeAttribute("aria-busy");
    return;
  }
  if (input.value.trim() !== query) return; // a newer search has started
  found = search.results;
  status.textContent = found.length
    ? resultsText(found.length, query)
    : fill(data.none || "", 0, query);
  await showMore();
  list.removeAttribute("aria-busy");
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const query = input.value.trim();
  const url = new URL(location.href);
  url.searchParams.set("q", query);
  history.pushState(null, "", url);
  run(query);
});

more.addEventListener("click", () => {
  const first = list.children.length;
  showMore().then(() => {
    const link = list.children[first] && list.children[first].querySelector("a");
    if (link) link.focus();
  });
});

function fromAddress() {
  const query = (new URLSearchParams(location.search).get("q") || "").trim();
  input.value = query;
  run(query);
}

window.addEventListener("popstate", fromAddress);
fromAddress();
