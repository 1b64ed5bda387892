/* Progressive enhancement only; every page works without JavaScript. No inline script or
 * style attribute anywhere (Content-Security-Policy: script-src and style-src 'self'); setting
 * element.style from here is allowed by that policy. */

/*
 * Search suggestions: any <input type="text" data-suggest="/zoeken/suggesties/"> becomes an
 * accessible combobox (WAI-ARIA 1.2 Authoring Practices, "combobox with listbox popup"):
 * - the input gets role="combobox", aria-expanded, aria-controls and aria-activedescendant;
 * - suggestions are a role="listbox" of role="option" items;
 * - arrow keys move through them, Enter opens the active one, Escape closes the list;
 * - a polite live region says how many suggestions there are.
 * Without JavaScript the form simply submits to /zoeken/.
 */
(function () {
  "use strict";

  var MIN_LENGTH = 2;
  var DELAY = 150;
  var counter = 0;

  function setupCombobox(input) {
    var url = input.getAttribute("data-suggest");
    var form = input.form;
    if (!url || !form || !window.fetch) return;

    counter += 1;
    var listId = "suggest-list-" + counter;
    var list = document.createElement("ul");
    list.id = listId;
    list.className = "suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "Zoeksuggesties");
    list.hidden = true;

    var status = document.createElement("div");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");

    form.style.position = form.style.position || "relative";
    form.appendChild(list);
    form.appendChild(status);

    // ARIA 1.2: a combobox is a text input; role="combobox" is not allowed on type="search".
    if (input.type !== "text") input.type = "text";
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);
    input.setAttribute("autocomplete", "off");

    var items = [];
    var active = -1;
    var timer = null;
    var controller = null;
    var lastQuery = "";

    function close() {
      list.hidden = true;
      list.innerHTML = "";
      items = [];
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function highlight(index) {
      items.forEach(function (item, i) {
        item.element.setAttribute("aria-selected", i === index ? "true" : "false");
      });
      active = index;
      if (index >= 0) {
        input.setAttribute("aria-activedescendant", items[index].element.id);
        items[index].element.scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function open(suggestions) {
      list.innerHTML = "";
      items = suggestions.map(function (suggestion, i) {
        var option = document.createElement("li");
        option.id = listId + "-" + i;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        var title = document.createElement("span");
        title.className = "suggestion-title";
        title.textContent = suggestion.title;
        option.appendChild(title);
        if (suggestion.type) {
          var type = document.createElement("span");
          type.className = "suggestion-type";
          type.textContent = suggestion.type;
          option.appendChild(type);
        }
        option.addEventListener("mousedown", function (event) {
          event.preventDefault(); // keep focus in the input until we navigate
        });
        option.addEventListener("click", function () {
          window.location.href = suggestion.url;
        });
        list.appendChild(option);
        return { element: option, url: suggestion.url };
      });
      active = -1;
      if (items.length) {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
        status.textContent = items.length === 1
          ? "1 suggestie beschikbaar. Gebruik de pijltjestoetsen om te kiezen."
          : items.length + " suggesties beschikbaar. Gebruik de pijltjestoetsen om te kiezen.";
      } else {
        close();
        status.textContent = "";
      }
    }

    function fetchSuggestions() {
      var query = input.value.trim();
      if (query === lastQuery) return;
      lastQuery = query;
      if (query.length < MIN_LENGTH) {
        close();
        return;
      }
      if (controller) controller.abort();
      controller = window.AbortController ? new AbortController() : null;
      var separator = url.indexOf("?") === -1 ? "?" : "&";
      fetch(url + separator + "q=" + encodeURIComponent(query), {
        headers: { Accept: "application/json" },
        credentials: "same-origin",
        signal: controller ? controller.signal : undefined,
      })
        .then(function (response) {
          return response.ok ? response.json() : { suggestions: [] };
        })
        .then(function (data) {
          if (input.value.trim() === query) open(data.suggestions || []);
        })
        .catch(function () {
          /* aborted or offline: the form still works */
        });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, DELAY);
    });

    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") {
        if (!items.length) {
          lastQuery = "";
          fetchSuggestions();
          return;
        }
        event.preventDefault();
        highlight(active < items.length - 1 ? active + 1 : 0);
      } else if (event.key === "ArrowUp") {
        if (!items.length) return;
        event.preventDefault();
        highlight(active > 0 ? active - 1 : items.length - 1);
      } else if (event.key === "Enter") {
        if (active >= 0 && items[active]) {
          event.preventDefault();
          window.location.href = items[active].url;
        }
        // otherwise the form submits the query as typed
      } else if (event.key === "Escape") {
        if (!list.hidden) {
          event.preventDefault();
          close();
        }
      } else if (event.key === "Tab") {
        close();
      }
    });

    input.addEventListener("blur", function () {
      window.setTimeout(close, 100);
    });
  }

  document.querySelectorAll("input[data-suggest]").forEach(setupCombobox);
})();

/*
 * Form errors (NL Design System / GOV.UK error summary, templates/components/error_summary.html):
 * - when a page comes back with errors, focus moves to the summary at the top of the form, so a
 *   screen reader reads it and a sighted keyboard or phone user sees it (it scrolls into view);
 * - a link in the summary moves focus to its field and scrolls its label (or the legend of its
 *   group) into view, which a plain #fragment does not do: the browser only scrolls, and would
 *   hide the label above the top edge.
 */
(function () {
  "use strict";

  var summary = document.querySelector("[data-error-summary]");
  if (!summary) return;
  summary.focus();

  // The legend of a group of checkboxes or radios, else the field's own label.
  function labelFor(input) {
    var fieldset = input.closest("fieldset");
    var group = fieldset && input.name && (input.type === "checkbox" || input.type === "radio")
      ? fieldset.querySelectorAll("input[name='" + input.name + "']")
      : [];
    var legend = group.length > 1 && fieldset.querySelector("legend");
    return legend || (input.labels && input.labels[0]) || input;
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest("[data-error-summary] a[href^='#']");
    if (!link) return;
    var input = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (!input) return;
    event.preventDefault();
    labelFor(input).scrollIntoView({ block: "start" });
    input.focus({ preventScroll: true });
  });
})();
