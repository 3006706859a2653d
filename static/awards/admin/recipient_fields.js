// Shows only the recipient fields that matter for the chosen kind (member, person, union, group, unit).
// Hidden fields keep their values and the server decides; without JavaScript every field shows.
"use strict";
(function () {
  const FIELDS = {
    doan_vien: ["member", "position"],
    ca_nhan: ["recipient_name", "position", "recipient_unit", "base_union"],
    cong_doan: ["base_union"],
    to_cong_doan: ["group"],
    don_vi: ["recipient_name", "base_union"],
  };
  const ALL = ["member", "group", "base_union", "recipient_name", "position", "recipient_unit"];

  function scopeOf(select) {
    // A row of the award lines' table, a stacked line, or the whole form.
    return select.closest("tr.form-row") || select.closest(".inline-related") || select.form;
  }

  function update(select) {
    const scope = scopeOf(select);
    const shown = FIELDS[select.value] || ALL;
    for (const name of ALL) {
      // A row of several fields carries every field's class; each field (with its help text)
      // sits in the parent of its own fieldBox.
      // In the award lines' table each field sits in a box of its own (data-recipient-field).
      const fieldBox = scope.querySelector(".fieldBox.field-" + name);
      const box =
        scope.querySelector("[data-recipient-field='" + name + "']") ||
        (fieldBox ? fieldBox.parentElement : scope.querySelector(".form-row.field-" + name));
      if (box && !box.querySelector(".errorlist")) {
        box.hidden = !shown.includes(name);
      }
    }
    // A table row's recipient cell showing one field needs no label over it: the kind beside it says what it is.
    const cell = scope.querySelector("td.field-recipient");
    if (cell) {
      cell.classList.toggle("single", cell.querySelectorAll("[data-recipient-field]:not([hidden])").length === 1);
    }
    for (const row of scope.querySelectorAll("div.form-row")) {
      const boxes = Array.from(row.querySelectorAll(".fieldBox"), (fieldBox) => fieldBox.parentElement);
      if (boxes.length) {
        row.hidden = boxes.every((box) => box.hidden);
      }
    }
  }

  function wire(root) {
    for (const select of root.querySelectorAll("select[name$='recipient_kind']")) {
      if (select.name.includes("__prefix__")) continue;
      select.addEventListener("change", () => update(select));
      update(select);
    }
  }

  document.addEventListener("DOMContentLoaded", () => wire(document));
  document.addEventListener("formset:added", (event) => wire(event.target));
})();
