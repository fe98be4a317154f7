/* "Share it on...": the links work without this script. It only adds two buttons when
   the browser can do what they promise: copy the story's link, and open the system's
   own share sheet (navigator.share). Nothing is loaded from anywhere else. */
(function () {
  "use strict";
  var status = document.querySelector(".share-status");

  function say(text) {
    if (status) status.textContent = text;
  }

  var copy = document.querySelector(".share-copy");
  if (copy && navigator.clipboard && window.isSecureContext) {
    copy.hidden = false;
    copy.addEventListener("click", function () {
      navigator.clipboard.writeText(copy.getAttribute("data-share-url")).then(
        function () { say("Link copied."); },
        function () { say("Could not copy the link."); }
      );
    });
  }

  var native = document.querySelector(".share-native");
  if (native && navigator.share) {
    native.hidden = false;
    native.addEventListener("click", function () {
      navigator.share({
        title: native.getAttribute("data-share-title"),
        url: native.getAttribute("data-share-url")
      }).catch(function () {});  // the reader closed the sheet
    });
  }
})();
