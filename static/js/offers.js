/*
 * The offers pages (loaded by their templates only):
 *
 * - « Voir des exemples »: a link to the examples page that htmx turns into an in-place
 *   opening (the fragment comes from the server once); it then becomes « Masquer les
 *   exemples », and hiding or showing again needs no request.
 * - The FAQ of /offre-anct/: an address ending in #<question> opens that answer, on arrival
 *   and when the hash changes.
 */
(function () {
  "use strict";

  const announce = window.siteAnnounce;

  function regionOf(toggle) {
    return document.getElementById(toggle.getAttribute("data-examples-toggle"));
  }

  function setExpanded(toggle, expanded) {
    toggle.setAttribute("aria-expanded", expanded ? "true" : "false");
    // Both texts are the editors': the hiding one comes from the page, the showing one is
    // the link's own.
    toggle.textContent = toggle.getAttribute(expanded ? "data-hide-label" : "data-show-label");
    toggle.classList.toggle("fr-icon-eye-line", !expanded);
    toggle.classList.toggle("fr-icon-eye-off-line", expanded);
  }

  function prepareToggles() {
    document.querySelectorAll("[data-examples-toggle]").forEach(function (toggle) {
      if (toggle.hasAttribute("aria-expanded")) return;
      // Once it opens and closes in place, the link is a disclosure button to assistive
      // technologies, and answers the Space key as buttons do.
      toggle.setAttribute("role", "button");
      toggle.setAttribute("data-show-label", toggle.textContent.trim()); // the editors' text
      toggle.setAttribute("aria-controls", toggle.getAttribute("data-examples-toggle"));
      toggle.setAttribute("aria-expanded", "false");
    });
  }

  // Capture phase: runs before htmx's own listener on the link, and stops it when the
  // examples are already in the page.
  document.addEventListener("click", function (event) {
    const toggle = event.target.closest && event.target.closest("[data-examples-toggle]");
    if (!toggle) return;
    const region = regionOf(toggle);
    if (!region) return;
    const loaded = region.querySelector(".examples");
    if (toggle.getAttribute("aria-expanded") === "true") {
      event.preventDefault();
      event.stopPropagation();
      region.hidden = true;
      setExpanded(toggle, false);
      announce("Exemples masqués.");
    } else if (loaded) {
      event.preventDefault();
      event.stopPropagation();
      region.hidden = false;
      setExpanded(toggle, true);
      announce(loaded.getAttribute("data-announce") || "Exemples affichés.");
      const heading = loaded.querySelector("[data-focus]");
      if (heading) {
        heading.setAttribute("tabindex", "-1");
        heading.focus();
      }
    }
    // Otherwise htmx fetches the examples into the region.
  }, true);

  document.addEventListener("keydown", function (event) {
    if (event.key !== " ") return;
    const toggle = event.target.closest && event.target.closest("[data-examples-toggle][role=button]");
    if (!toggle) return;
    event.preventDefault();
    toggle.click();
  });

  document.addEventListener("htmx:afterSwap", function (event) {
    const region = event.detail.target;
    if (!region || !region.id || !region.querySelector(".examples")) return;
    const toggle = document.querySelector('[data-examples-toggle="' + region.id + '"]');
    if (!toggle) return;
    region.hidden = false;
    setExpanded(toggle, true);
  });

  // FAQ: open the accordion whose id is the address's hash.
  function openFromHash() {
    let id = "";
    try {
      id = decodeURIComponent(window.location.hash.slice(1));
    } catch (error) {
      return; // a malformed address names no question
    }
    if (!id) return;
    const section = document.getElementById(id);
    if (!section || !section.classList.contains("fr-accordion")) return;
    const button = section.querySelector(".fr-accordion__btn");
    const collapse = section.querySelector(".fr-collapse");
    if (!button || !collapse) return;
    let disclosed = false;
    try {
      const instance = window.dsfr && window.dsfr(collapse).collapse;
      if (instance) {
        instance.disclose();
        disclosed = true;
      }
    } catch (error) {
      disclosed = false;
    }
    if (!disclosed) {
      // Before the DSFR has started, it reads this attribute as the initial state.
      button.setAttribute("aria-expanded", "true");
    }
    section.scrollIntoView();
  }

  prepareToggles();
  openFromHash();
  window.addEventListener("hashchange", openFromHash);
  window.addEventListener("load", openFromHash);
})();
