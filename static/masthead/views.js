/* Masthead view beacon: counts one view after the page has loaded and shows the fresh
   total in the byline, so a page served from a cache still shows a current count.
   Readers without JavaScript are counted by the <noscript> pixel instead. */
(function () {
  "use strict";
  var story = document.querySelector("article[data-article-id]");
  if (!story || story.hasAttribute("data-preview")) return;
  var url = "/_views/" + story.getAttribute("data-article-id");

  function show(views) {
    if (typeof views !== "number") return;
    var nodes = document.querySelectorAll("[data-views]");
    for (var i = 0; i < nodes.length; i++) {
      nodes[i].setAttribute("data-views", String(views));
      nodes[i].textContent = views.toLocaleString("en-US");
    }
  }

  function send() {
    if (window.fetch) {
      // A keepalive POST is a beacon whose answer we can read: {"views": N}.
      fetch(url, { method: "POST", keepalive: true, credentials: "omit" })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (data) { if (data) show(data.views); })
        .catch(function () {});
    } else if (navigator.sendBeacon) {
      navigator.sendBeacon(url);
    }
  }

  if (document.readyState === "complete") send();
  else window.addEventListener("load", send);
})();
