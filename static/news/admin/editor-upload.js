'use strict';
// TinyMCE's photo upload for the article editor: posts with Django's CSRF token and shows
// the server's Vietnamese message when a photo is refused.
window.unionPortalImageUpload = function (blobInfo, progress) {
  return new Promise(function (resolve, reject) {
    const match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
    const form = new FormData();
    form.append('file', blobInfo.blob(), blobInfo.filename());
    const request = new XMLHttpRequest();
    request.open('POST', tinymce.activeEditor.options.get('images_upload_url'));
    request.setRequestHeader('X-CSRFToken', match ? decodeURIComponent(match[1]) : '');
    request.upload.onprogress = function (event) {
      progress(event.loaded / event.total * 100);
    };
    request.onload = function () {
      let answer = {};
      try {
        answer = JSON.parse(request.responseText);
      } catch (error) {
        answer = {};
      }
      if (request.status === 200 && answer.location) {
        resolve(answer.location);
      } else {
        const message = answer.error ? answer.error.message : 'Không tải được ảnh lên (lỗi ' + request.status + ').';
        reject({message: message, remove: true});
      }
    };
    request.onerror = function () {
      reject({message: 'Không kết nối được tới máy chủ để tải ảnh lên.', remove: true});
    };
    request.send(form);
  });
};
