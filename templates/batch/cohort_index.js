"use strict";
// Sorting and filtering for the cohort table. Reads cell data-value attributes and moves
// existing rows; it never builds HTML from text, so resume-derived text stays inert.
(function () {
  const table = document.getElementById("cohort");
  const body = table.tBodies[0];
  const headers = Array.from(table.tHead.rows[0].cells);
  const filter = document.getElementById("filter");
  const statusFilter = document.getElementById("status-filter");
  const shown = document.getElementById("shown");

  function cellValue(row, index, type) {
    const raw = row.cells[index].getAttribute("data-value") || "";
    if (type === "number") {
      return raw === "" ? Number.NEGATIVE_INFINITY : parseFloat(raw);
    }
    return raw.toLowerCase();
  }

  function sortBy(index) {
    const header = headers[index];
    const type = header.getAttribute("data-type");
    const current = header.getAttribute("aria-sort");
    // Numbers start high-to-low (best first); text starts A-Z.
    let direction = type === "number" ? "descending" : "ascending";
    if (current === direction) {
      direction = direction === "ascending" ? "descending" : "ascending";
    }
    headers.forEach(function (h) { h.removeAttribute("aria-sort"); });
    header.setAttribute("aria-sort", direction);
    const sign = direction === "ascending" ? 1 : -1;
    const rows = Array.from(body.rows);
    rows.sort(function (a, b) {
      const x = cellValue(a, index, type);
      const y = cellValue(b, index, type);
      if (x < y) { return -sign; }
      if (x > y) { return sign; }
      return cellValue(a, 0, "text") < cellValue(b, 0, "text") ? -1 : 1;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }

  function applyFilter() {
    const needle = filter.value.trim().toLowerCase();
    const status = statusFilter.value;
    let count = 0;
    Array.from(body.rows).forEach(function (row) {
      const matches = (!needle || row.textContent.toLowerCase().indexOf(needle) !== -1) &&
        (!status || row.getAttribute("data-status") === status);
      row.hidden = !matches;
      if (matches) { count += 1; }
    });
    shown.textContent = count + " of " + body.rows.length + " shown";
  }

  headers.forEach(function (header, index) {
    header.querySelector("button").addEventListener("click", function () { sortBy(index); });
  });
  filter.addEventListener("input", applyFilter);
  statusFilter.addEventListener("change", applyFilter);
  applyFilter();
})();
