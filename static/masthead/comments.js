/* Masthead comments: a live count of characters left, a CSRF token fetched when the form
   is first used (article pages are cached whole, so they carry none), posting and
   reporting with fetch, and reply links that fill the form in place. Without this
   script every form still works: see masthead/comments/views.py. */
(function () {
  "use strict";
  var form = document.getElementById("comment-form");
  var section = document.getElementById("comments");
  if (!section) return;
  var tokenUrl = (form && form.getAttribute("data-csrf-url")) || "/_comments/csrf";
  var pending = null;

  function chars(text) { return [...text.normalize("NFC")].length; }

  function fetchToken() {
    if (!pending) {
      pending = fetch(tokenUrl, { credentials: "same-origin", cache: "no-store" })
        .then(function (r) { if (!r.ok) throw new Error("token"); return r.json(); })
        .catch(function (e) { pending = null; throw e; });
    }
    return pending;
  }

  function setHidden(target, name, value) {
    var input = target.querySelector("input[name='" + name + "']");
    if (!input) {
      input = document.createElement("input");
      input.type = "hidden";
      input.name = name;
      target.appendChild(input);
    }
    input.value = value;
  }

  function arm(target, withStamp) {
    return fetchToken().then(function (data) {
      setHidden(target, "csrfmiddlewaretoken", data.csrf);
      if (withStamp && !target.hasAttribute("data-stamped")) {
        setHidden(target, "stamp", data.stamp);
        target.setAttribute("data-stamped", "");
      }
      return data;
    });
  }

  function send(target) {
    return fetch(target.action, {
      method: "POST",
      body: new FormData(target),
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    }).then(function (r) {
      return r.json().then(function (data) { data.httpStatus = r.status; return data; });
    });
  }

  // --- reporting ---------------------------------------------------------------------
  section.addEventListener("submit", function (event) {
    var target = event.target;
    if (!target.classList.contains("report-form")) return;
    event.preventDefault();
    var button = target.querySelector("button");
    button.disabled = true;
    arm(target, false).then(function () { return send(target); }).then(function (data) {
      var note = document.createElement("span");
      note.className = "reported";
      note.setAttribute("role", "status");
      note.textContent = data.ok ? "Reported. Thank you." : "Could not report it: try again.";
      target.replaceWith(note);
    }).catch(function () { target.submit(); });
  });

  if (!form) return;
  var body = form.querySelector("textarea[name=body]");
  var left = form.querySelector("[data-chars-left]");
  var status = form.querySelector("[data-comment-status]");
  var max = parseInt(body.getAttribute("data-max-chars"), 10);

  function count() {
    var remaining = max - chars(body.value);
    left.setAttribute("data-chars-left", String(remaining));
    left.textContent = remaining >= 0
      ? remaining + (remaining === 1 ? " character left" : " characters left")
      : -remaining + (remaining === -1 ? " character too many" : " characters too many");
    left.classList.toggle("chars-left--over", remaining < 0);
  }
  body.addEventListener("input", count);
  count();

  // The token (and a fresh "form shown at" stamp) as soon as the reader starts.
  form.addEventListener("focusin", function () { arm(form, true).catch(function () {}); });

  // --- replies in place ----------------------------------------------------------------
  var parent = form.querySelector("input[name=parent]");
  var replying = form.querySelector("[data-replying]");
  section.addEventListener("click", function (event) {
    var link = event.target.closest("[data-reply], [data-reply-cancel]");
    if (!link) return;
    event.preventDefault();
    if (link.hasAttribute("data-reply")) {
      parent.value = link.getAttribute("data-reply");
      replying.querySelector("[data-replying-name]").textContent = link.getAttribute("data-reply-name");
      replying.hidden = false;
    } else {
      parent.value = "";
      replying.hidden = true;
    }
    body.focus();
  });

  // --- posting -------------------------------------------------------------------------
  function showErrors(data) {
    var old = form.querySelectorAll(".field-error.js");
    for (var i = 0; i < old.length; i++) old[i].remove();
    var errors = data.errors || {};
    Object.keys(errors).forEach(function (name) {
      var input = form.querySelector("[name='" + name + "']");
      var holder = input && input.type !== "hidden" ? input.parentNode : status.parentNode;
      var span = document.createElement("span");
      span.className = "field-error js";
      span.textContent = errors[name].join(" ");
      holder.appendChild(span);
    });
    status.textContent = data.message || "";
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var button = form.querySelector("button[type=submit]");
    button.disabled = true;
    status.textContent = "Sending…";
    var attempt = function (retry) {
      return arm(form, true).then(function () { return send(form); }).then(function (data) {
        if (data.ok) {
          status.textContent = data.message || "";
          // Show the page as it now is: the comment, or the "awaiting moderation" note.
          var next = new URL(data.url, window.location.href);
          if (next.pathname + next.search === window.location.pathname + window.location.search) {
            window.location.hash = next.hash;
            window.location.reload();
          } else {
            window.location.assign(next.href);
          }
          return;
        }
        if (data.csrf && retry) { pending = null; return attempt(false); }
        showErrors(data);
        button.disabled = false;
      });
    };
    attempt(true).catch(function () {
      status.textContent = "Could not reach the site. Your comment is still here: try again.";
      button.disabled = false;
    });
  });
})();
