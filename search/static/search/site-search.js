/*
 * The header search's suggestions (htmx fills #recherche-suggestions as one types): the
 * arrow keys go from the field to the suggestions and between them, Escape closes them and
 * returns to the field, Enter opens the focused one (it is a link). The count is read out by
 * site.js (data-announce). Without JavaScript, the form submits to /recherche/.
 */
(function () {
  "use strict";

  function links(box) {
    return Array.prototype.slice.call(box.querySelectorAll("a"));
  }

  function setUp(root) {
    const field = root.querySelector("input[type=search]");
    const box = root.querySelector(".site-search-suggestions");
    if (!field || !box) return;

    function close() {
      box.innerHTML = "";
    }

    field.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" && links(box).length) {
        event.preventDefault();
        links(box)[0].focus();
      } else if (event.key === "Escape" && box.innerHTML.trim()) {
        event.preventDefault();
        close();
      }
    });

    box.addEventListener("keydown", function (event) {
      const all = links(box);
      const index = all.indexOf(document.activeElement);
      if (event.key === "ArrowDown") {
        event.preventDefault();
        if (index < all.length - 1) all[index + 1].focus();
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        if (index > 0) all[index - 1].focus();
        else field.focus();
      } else if (event.key === "Escape") {
        event.preventDefault();
        close();
        field.focus();
      }
    });

    // Leaving the search (Tab past the last suggestion, a click elsewhere) closes them.
    root.addEventListener("focusout", function (event) {
      if (!event.relatedTarget || !root.contains(event.relatedTarget)) {
        window.setTimeout(function () {
          if (!root.contains(document.activeElement)) close();
        }, 0);
      }
    });
  }

  document.querySelectorAll("[data-site-search]").forEach(setUp);
})();
