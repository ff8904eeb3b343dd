/* Language chooser (root.html): send the visitor to the one language that
   matches the browser's preferences. Does nothing when the visitor came from
   this site, when nothing matches, or when the match is ambiguous: the list of
   links works without it. */
(function () {
  // The chooser is the site's root, which may be below a path on a shared host.
  if (document.referrer.indexOf(new URL(".", location.href).href) === 0) return;
  var links = document.querySelectorAll("a[data-language-choice][hreflang]");
  var prefs = navigator.languages || [navigator.language || ""];
  for (var i = 0; i < prefs.length; i++) {
    var want = String(prefs[i]).toLowerCase(), exact = [], near = [];
    for (var j = 0; j < links.length; j++) {
      var code = links[j].getAttribute("hreflang").toLowerCase();
      if (code === want) exact.push(links[j].href);
      else if (code.split("-")[0] === want.split("-")[0]) near.push(links[j].href);
    }
    var found = exact.length ? exact : near;
    if (found.length === 1) location.replace(found[0]);
    if (found.length) return;
  }
})();
