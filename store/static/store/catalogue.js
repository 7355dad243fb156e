/*
 * The catalogue's filter form, enhanced by htmx: the address it pushes keeps only the
 * filters in use (?thematique=mobilite rather than ?thematique=mobilite&echelon=&q=).
 */
(function () {
  "use strict";

  document.addEventListener("htmx:configRequest", function (event) {
    const form = event.detail.elt.closest && event.detail.elt.closest("[data-store-filters]");
    if (!form) return;
    const parameters = event.detail.parameters;
    for (const name of ["thematique", "echelon", "q"]) {
      const value = parameters.get ? parameters.get(name) : parameters[name];
      if (value === "" && parameters.delete) parameters.delete(name);
    }
  });
})();
