/*
 * The Markdown editor of the admin (EasyMDE, from wagtail-markdown), for the communications
 * team: French button titles, icons from the locally served Font Awesome, no status bar in
 * English, and no spell-checker downloading an English dictionary from a CDN.
 *
 * Loaded in every admin page before the editor's own scripts, which read these options when a
 * Markdown field appears; the actions are looked up on click, once EasyMDE is loaded.
 */
(function () {
  "use strict";

  function button(name, action, icon, title, extra) {
    return Object.assign(
      {
        name: name,
        action: function (editor) { window.EasyMDE[action](editor); },
        className: "fa-solid " + icon,
        title: title,
      },
      extra || {}
    );
  }

  const always = { noDisable: true };

  window.wagtailMarkdown = window.wagtailMarkdown || {};
  window.wagtailMarkdown.options = Object.assign(window.wagtailMarkdown.options || {}, {
    // EasyMDE's own spell-checker is English-only. (CodeMirror's "contenteditable" input, which
    // would show the browser's spell-checker, drops characters typed as « é ».)
    spellChecker: false,
    status: false,
    toolbar: [
      button("bold", "toggleBold", "fa-bold", "Gras"),
      button("italic", "toggleItalic", "fa-italic", "Italique"),
      button("heading-2", "toggleHeading2", "fa-heading", "Intertitre"),
      button("heading-3", "toggleHeading3", "fa-heading", "Sous-intertitre"),
      "|",
      button("unordered-list", "toggleUnorderedList", "fa-list-ul", "Liste à puces"),
      button("ordered-list", "toggleOrderedList", "fa-list-ol", "Liste numérotée"),
      button("quote", "toggleBlockquote", "fa-quote-left", "Citation"),
      "|",
      button("link", "drawLink", "fa-link", "Lien"),
      button("table", "drawTable", "fa-table", "Tableau"),
      "|",
      button("preview", "togglePreview", "fa-eye", "Aperçu du texte mis en forme", always),
      button("fullscreen", "toggleFullScreen", "fa-expand", "Plein écran", always),
      "|",
      button("undo", "undo", "fa-rotate-left", "Annuler", always),
      button("redo", "redo", "fa-rotate-right", "Rétablir", always),
    ],
  });
})();
