'use strict';
// Keeps the edit lock of the open article alive (news.admin.review.ReviewMixin.lock_view) and
// shows who holds it if the lock was lost, e.g. after the computer slept. Without this script
// the page still works: the lock simply lapses after a while.
document.addEventListener('DOMContentLoaded', function () {
  const lock = document.querySelector('.edit-lock[data-heartbeat-url]');
  if (!lock) {
    return;
  }
  const notice = lock.querySelector('[role=status]');
  const token = lock.closest('form').querySelector('[name=csrfmiddlewaretoken]').value;
  const beat = function () {
    fetch(lock.dataset.heartbeatUrl, {
      method: 'POST',
      headers: {'X-CSRFToken': token},
      credentials: 'same-origin',
    })
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (answer) {
        if (answer && !answer.held) {
          notice.textContent = answer.notice;
          notice.hidden = false;
        }
      })
      .catch(function () {
        // Offline for a moment: the next beat tries again.
      });
  };
  window.setInterval(beat, Number(lock.dataset.heartbeatSeconds) * 1000);
});
