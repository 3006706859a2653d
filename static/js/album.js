/* The album page's lightbox. Without this file every thumbnail is a link to its photo's own
   page, with links to the photos before and after; with it the photo opens large over the
   gallery, and the reader moves through the album by swiping, the arrow keys or the buttons. */
(function () {
  "use strict";

  var SWIPE_DISTANCE = 50; // pixels a finger must travel sideways to count as a swipe

  var gallery = document.querySelector("[data-gallery]");
  var dialog = document.querySelector(".lightbox");
  if (!gallery || !dialog || typeof dialog.showModal !== "function") return;

  var links = Array.prototype.slice.call(gallery.querySelectorAll("a[data-large]"));
  var figure = dialog.querySelector(".lightbox__figure");
  var caption = dialog.querySelector(".lightbox__caption");
  var counter = dialog.querySelector(".lightbox__counter");
  var previousButton = dialog.querySelector('[data-lightbox="prev"]');
  var nextButton = dialog.querySelector('[data-lightbox="next"]');
  var image = document.createElement("img");
  var current = 0;
  var swipeStart = null;

  image.className = "lightbox__image";
  image.decoding = "async";
  figure.insertBefore(image, caption);

  function textOf(link) {
    var text = link.querySelector(".gallery__caption");
    return text ? text.textContent.trim() : "";
  }

  // Phones get the 800-pixel copy (a good deal lighter on mobile data); wider screens the 1600-pixel one.
  function photoFor(link) {
    return link.getAttribute(window.innerWidth <= 600 ? "data-medium" : "data-large");
  }

  // The thumbnail, already loaded, stands in until the large photo arrives.
  function show(index, direction) {
    current = index;
    var link = links[index];
    var thumbnail = link.querySelector("img");
    var large = photoFor(link);
    image.src = thumbnail.currentSrc || thumbnail.src;
    image.alt = textOf(link) || thumbnail.alt;
    caption.textContent = textOf(link);
    counter.textContent = (index + 1) + " / " + links.length;
    previousButton.disabled = index === 0;
    nextButton.disabled = index === links.length - 1;

    var loader = new Image();
    loader.onload = function () {
      if (current === index) image.src = large;
    };
    loader.src = large;
    preload(index + 1);
    preload(index - 1);

    image.classList.remove("is-entering-next", "is-entering-prev");
    if (direction) {
      void image.offsetWidth; // restart the animation, which CSS runs only without reduced motion
      image.classList.add("is-entering-" + direction);
    }
  }

  function preload(index) {
    if (index >= 0 && index < links.length) new Image().src = photoFor(links[index]);
  }

  function step(delta) {
    var index = current + delta;
    if (index >= 0 && index < links.length) show(index, delta > 0 ? "next" : "prev");
  }

  links.forEach(function (link, index) {
    link.addEventListener("click", function (event) {
      // A click meant for a new tab or window goes to the photo's page as usual.
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      show(index);
      dialog.showModal();
    });
  });

  dialog.addEventListener("click", function (event) {
    var button = event.target.closest("[data-lightbox]");
    if (button) {
      var action = button.getAttribute("data-lightbox");
      if (action === "close") dialog.close();
      else step(action === "next" ? 1 : -1);
    } else if (event.target === dialog) {
      dialog.close();
    }
  });

  // Escape closes the dialog by itself; the arrows move through the album.
  dialog.addEventListener("keydown", function (event) {
    if (event.key === "ArrowRight") step(1);
    else if (event.key === "ArrowLeft") step(-1);
    else return;
    event.preventDefault();
  });

  // Pointer events cover fingers, pens and mice alike; vertical moves are left to scrolling.
  figure.addEventListener("pointerdown", function (event) {
    if (event.isPrimary) swipeStart = { x: event.clientX, y: event.clientY };
  });
  figure.addEventListener("pointerup", function (event) {
    if (!swipeStart || !event.isPrimary) return;
    var dx = event.clientX - swipeStart.x;
    var dy = event.clientY - swipeStart.y;
    swipeStart = null;
    if (Math.abs(dx) >= SWIPE_DISTANCE && Math.abs(dx) > Math.abs(dy)) step(dx < 0 ? 1 : -1);
  });
  figure.addEventListener("pointercancel", function () { swipeStart = null; });
  image.addEventListener("dragstart", function (event) { event.preventDefault(); });
})();
