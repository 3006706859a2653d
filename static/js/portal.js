/* Progressive enhancements for the public portal. Every page works without this file:
   the menu is a wrapped list, the banner a swipeable strip, the running line static text. */
(function () {
  "use strict";

  var reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)");
  var SLIDE_INTERVAL = 6000;
  var TICKER_SPEED = 60; // pixels per second: slow enough to read Vietnamese slogans

  function setupMenu(nav) {
    var toggle = nav.querySelector(".site-nav__toggle");
    if (!toggle) return;
    nav.classList.add("is-collapsible");
    toggle.hidden = false;
    toggle.setAttribute("aria-expanded", "false");
    toggle.addEventListener("click", function () {
      var open = nav.classList.toggle("is-open");
      toggle.setAttribute("aria-expanded", String(open));
    });
    setupDropdowns(nav);
  }

  // Each top item with children gets a button that opens its dropdown (on a phone the only way in;
  // on a desktop hover and focus open it too). Escape closes it and returns to its button.
  function setupDropdowns(nav) {
    var buttons = nav.querySelectorAll(".site-nav__more");
    function setOpen(button, open) {
      button.parentNode.classList.toggle("is-open", open);
      button.setAttribute("aria-expanded", String(open));
    }
    buttons.forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        var open = button.getAttribute("aria-expanded") !== "true";
        buttons.forEach(function (other) {
          if (other !== button) setOpen(other, false);
        });
        setOpen(button, open);
      });
    });
    nav.addEventListener("keydown", function (event) {
      if (event.key !== "Escape") return;
      var item = event.target.closest(".site-nav__item.has-children");
      if (!item) return;
      var button = item.querySelector(".site-nav__more");
      setOpen(button, false);
      item.classList.add("is-dismissed");
      button.focus();
    });
    nav.addEventListener("focusout", function (event) {
      var item = event.target.closest(".site-nav__item.has-children");
      if (item && !item.contains(event.relatedTarget)) item.classList.remove("is-dismissed");
    });
  }

  function setupBanner(banner) {
    var track = banner.querySelector(".banner__track");
    var controls = banner.querySelector(".banner__controls");
    if (!track || !controls) return;
    var count = track.children.length;
    var toggle = controls.querySelector('[data-slide="toggle"]');
    var stoppedByReader = false;
    var hovered = false;
    var focused = false;
    var timer = null;

    banner.classList.add("is-enhanced");
    controls.hidden = false;

    function current() {
      return Math.round(track.scrollLeft / track.clientWidth);
    }

    // Later slides load lazily; fetch the one that comes next before it slides in.
    function prepare(index) {
      var image = track.children[(index + count) % count].querySelector("img");
      if (image) image.loading = "eager";
    }

    function show(index) {
      track.scrollTo({
        left: ((index + count) % count) * track.clientWidth,
        behavior: reducedMotion.matches ? "auto" : "smooth"
      });
      prepare(index + 1);
      prepare(index - 1);
    }

    function schedule() {
      window.clearInterval(timer);
      timer = null;
      if (stoppedByReader || hovered || focused || document.hidden || reducedMotion.matches) return;
      timer = window.setInterval(function () { show(current() + 1); }, SLIDE_INTERVAL);
    }

    function setStopped(stopped) {
      stoppedByReader = stopped;
      toggle.setAttribute("aria-label", stopped ? "Tiếp tục trình chiếu" : "Tạm dừng trình chiếu");
      toggle.firstElementChild.textContent = stopped ? "▶" : "❚❚";
      schedule();
    }

    controls.addEventListener("click", function (event) {
      var button = event.target.closest("[data-slide]");
      if (!button) return;
      var action = button.getAttribute("data-slide");
      if (action === "toggle") {
        setStopped(!stoppedByReader);
      } else {
        show(current() + (action === "next" ? 1 : -1));
        schedule();
      }
    });

    banner.addEventListener("mouseenter", function () { hovered = true; schedule(); });
    banner.addEventListener("mouseleave", function () { hovered = false; schedule(); });
    banner.addEventListener("focusin", function () { focused = true; schedule(); });
    banner.addEventListener("focusout", function (event) {
      focused = banner.contains(event.relatedTarget);
      schedule();
    });
    document.addEventListener("visibilitychange", schedule);
    window.addEventListener("load", function () { prepare(1); });
    // With reduced motion the reader still has the buttons; nothing moves by itself.
    setStopped(reducedMotion.matches);
  }

  function setupTicker(ticker) {
    var track = ticker.querySelector(".ticker__track");
    var list = track && track.querySelector(".ticker__list");
    var toggle = ticker.querySelector(".ticker__toggle");
    if (!list || !toggle) return;

    // A second copy makes the loop seamless; it is hidden from assistive technology and
    // from the tab order, and CSS shows it only while the line actually moves.
    var copy = list.cloneNode(true);
    copy.setAttribute("aria-hidden", "true");
    copy.querySelectorAll("a").forEach(function (link) { link.tabIndex = -1; });
    track.appendChild(copy);

    // Measured after the class is set, when the list no longer wraps onto several lines.
    ticker.classList.add("is-animated");
    track.style.setProperty("--ticker-duration", Math.max(15, list.scrollWidth / TICKER_SPEED) + "s");

    toggle.hidden = false;
    toggle.addEventListener("click", function () {
      var paused = ticker.classList.toggle("is-paused");
      toggle.textContent = paused ? "Tiếp tục" : "Tạm dừng";
    });
  }

  document.querySelectorAll(".site-nav").forEach(setupMenu);
  document.querySelectorAll(".banner").forEach(setupBanner);
  document.querySelectorAll(".ticker").forEach(setupTicker);
})();

/* ==== Reader features: "Sao chép liên kết" and "In bài" beside the sharing links ====
   Both need JavaScript, so the page keeps them hidden until this shows them. */
(function () {
  "use strict";

  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });

  // The clipboard is only offered where the browser allows it (HTTPS, or this computer).
  if (!navigator.clipboard || !window.isSecureContext) return;
  document.querySelectorAll("[data-copy-link]").forEach(function (button) {
    var status = button.parentNode.querySelector(".share__status");
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(button.getAttribute("data-copy-link")).then(
        function () { if (status) status.textContent = status.getAttribute("data-copied"); },
        function () { if (status) status.textContent = status.getAttribute("data-failed"); }
      );
    });
  });
})();
