// The "select all" box of the member export, bound here rather than by an inline onchange
// attribute (see templates/members/admin/member_export.html). onSelectToggleChange comes from
// django-import-export's export_selectable_fields.js, loaded with the form's media.
document.addEventListener("DOMContentLoaded", () => {
  const toggle = document.querySelector(".select-toggle");
  if (toggle && typeof onSelectToggleChange === "function") {
    toggle.addEventListener("change", onSelectToggleChange);
  }
});
