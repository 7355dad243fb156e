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

/*
 * The selection of services (the cards' « Sélectionner ce service » boxes): the button says
 * how many are ticked, and a ticked service stays selected when filtering or paging replaces
 * the cards (a hidden field of the selection form keeps it until its card comes back).
 */
(function () {
  "use strict";

  const form = document.querySelector("[data-store-selection]");
  if (!form) return;
  const status = form.querySelector("[data-selection-status]");
  const submit = form.querySelector("[data-selection-submit]");

  function boxes() {
    return Array.from(form.elements).filter((element) => element.type === "checkbox");
  }

  // The texts are the catalogue's « Libellés », given by the form's data- attributes.
  const texts = form.dataset;

  function counted(one, many, count) {
    return count === 1 ? one : many.replaceAll("{nombre}", String(count));
  }

  function update() {
    const count = new FormData(form).getAll("service").length;
    submit.textContent =
      count === 0 ? texts.button : counted(texts.buttonOne, texts.buttonMany, count);
    status.textContent = count === 0 ? texts.none : counted(texts.one, texts.many, count);
  }

  document.addEventListener("change", (event) => {
    if (event.target.form === form) update();
  });

  document.addEventListener("htmx:beforeSwap", (event) => {
    if (event.detail.target.id !== "resultats") return;
    for (const box of boxes()) {
      if (!box.checked) continue;
      const kept = document.createElement("input");
      kept.type = "hidden";
      kept.name = "service";
      kept.value = box.value;
      form.append(kept);
    }
  });

  document.addEventListener("htmx:afterSwap", (event) => {
    if (event.detail.target.id !== "resultats") return;
    const shown = new Map(boxes().map((box) => [box.value, box]));
    for (const kept of form.querySelectorAll("input[type=hidden][name=service]")) {
      const box = shown.get(kept.value);
      if (box) {
        box.checked = true;
        kept.remove();
      }
    }
    update();
  });

  if (new FormData(form).getAll("service").length) update();
})();
