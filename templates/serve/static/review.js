// resumefit review app: the only script the CSP allows. Progressive: every page works without it.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  // Filters apply as soon as a choice changes (the Filter button stays for keyboard users).
  const filters = document.getElementById("filters");
  if (filters) {
    for (const select of filters.querySelectorAll("select")) {
      select.addEventListener("change", () => filters.requestSubmit());
    }
  }
  // The add-skill field suggests lexicon skills as the reviewer types (the lexicon is too
  // large to send with every page). Options are built with the DOM API, never as HTML.
  for (const input of document.querySelectorAll("input[data-suggest]")) {
    const list = document.getElementById(input.getAttribute("list"));
    let timer = null;
    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const url = input.dataset.suggest + "?q=" + encodeURIComponent(input.value);
        const response = await fetch(url, { credentials: "same-origin" });
        if (!response.ok) return;
        const options = (await response.json()).map(([id, name]) => {
          const option = document.createElement("option");
          option.value = id;
          option.textContent = name;
          return option;
        });
        list.replaceChildren(...options);
      }, 150);
    });
  }
  // Keep the page from being submitted twice while a save is on its way.
  for (const form of document.querySelectorAll("form[method=post]")) {
    form.addEventListener("submit", () => {
      for (const button of form.querySelectorAll("button")) {
        setTimeout(() => { button.disabled = true; }, 0);
      }
    });
  }
});
