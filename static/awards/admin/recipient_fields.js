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
    return select.closest(".inline-related") || select.form;
  }

  function update(select) {
    const scope = scopeOf(select);
    const shown = FIELDS[select.value] || ALL;
    for (const name of ALL) {
      // A row of several fields carries every field's class; each field (with its help text)
      // sits in the parent of its own fieldBox.
      const fieldBox = scope.querySelector(".fieldBox.field-" + name);
      const box = fieldBox ? fieldBox.parentElement : scope.querySelector(".form-row.field-" + name);
      if (box && !box.querySelector(".errorlist")) {
        box.hidden = !shown.includes(name);
      }
    }
    for (const row of scope.querySelectorAll(".form-row")) {
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
