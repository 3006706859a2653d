/* Print buttons on the awards papers. They stay hidden until this script shows them, so without
   scripts no dead button is left, and the browser's own Print command (Ctrl+P) does the same. */
(function () {
  "use strict";

  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  });
})();
