'use strict';
// Preview links on the article page: a “Sao chép” button beside each address. Without this
// script the address stays in a read-only box that can be selected and copied by hand.

(function () {
  function copy(input) {
    input.select();
    // The older command still works where the clipboard API is missing or refused.
    const legacy = function () {
      return document.execCommand('copy') ? Promise.resolve() : Promise.reject(new Error('copy refused'));
    };
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(input.value).catch(legacy);
    }
    return legacy();
  }

  function addCopyButton(input) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button';
    button.textContent = 'Sao chép';
    button.addEventListener('click', function () {
      copy(input).then(function () {
        button.textContent = 'Đã sao chép';
        window.setTimeout(function () {
          button.textContent = 'Sao chép';
        }, 2000);
      }, function () {
        button.textContent = 'Hãy chọn và sao chép bằng tay';
      });
    });
    input.addEventListener('focus', function () {
      input.select();
    });
    input.after(button);
  }

  function init() {
    document.querySelectorAll('input[data-preview-link]').forEach(addCopyButton);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
