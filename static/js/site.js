/*
 * What every htmx interaction of the site shares, so that each enhancement stays
 * accessible: the target is marked busy while it loads, swapped content is announced
 * to screen readers and receives focus, and a failed request says so.
 *
 * Fragments opt in with two attributes:
 *   data-announce="…"  a sentence read out once the fragment is in the page;
 *   data-focus         the element that takes focus (the first error, a heading).
 */
(function () {
  "use strict";

  function announce(message) {
    const region = document.getElementById("annonces");
    if (!region || !message) return;
    region.textContent = "";
    window.setTimeout(function () { region.textContent = message; }, 100);
  }

  function focusWithin(root) {
    const target = root.querySelector("[data-focus]");
    if (!target) return;
    if (!target.matches("a, button, input, select, textarea, [tabindex]")) {
      target.setAttribute("tabindex", "-1");
    }
    target.focus({ preventScroll: false });
  }

  // Other scripts of the site announce through the same region.
  window.siteAnnounce = announce;

  document.addEventListener("htmx:beforeRequest", function (event) {
    const target = event.detail.target;
    if (target) target.setAttribute("aria-busy", "true");
    const previous = target && target.querySelector(":scope > .htmx-failure");
    if (previous) previous.remove();
  });

  document.addEventListener("htmx:afterRequest", function (event) {
    const target = event.detail.target;
    if (target) target.removeAttribute("aria-busy");
  });

  document.addEventListener("htmx:afterSettle", function (event) {
    const root = event.detail.target;
    if (!root || !root.querySelector) return;
    const speaker = root.matches("[data-announce]") ? root : root.querySelector("[data-announce]");
    if (speaker) announce(speaker.getAttribute("data-announce"));
    focusWithin(root);
  });

  function showFailure(event) {
    const target = event.detail.target || event.detail.elt;
    if (!target) return;
    target.removeAttribute("aria-busy");
    const message = "Le chargement a échoué. Vérifiez votre connexion puis réessayez.";
    const alert = document.createElement("div");
    alert.className = "fr-alert fr-alert--error fr-alert--sm fr-my-2w htmx-failure";
    alert.setAttribute("role", "alert");
    const text = document.createElement("p");
    text.textContent = message;
    alert.appendChild(text);
    target.prepend(alert);
  }

  document.addEventListener("htmx:responseError", showFailure);
  document.addEventListener("htmx:sendError", showFailure);
})();
