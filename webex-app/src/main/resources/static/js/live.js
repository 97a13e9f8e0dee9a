// A space page with live updates on listens to /spaces/{id}/live (Server-Sent Events) and puts each new message at
// the top of the list, once, as the server rendered it. EventSource reconnects by itself when the stream ends.
(function () {
  'use strict';
  var state = document.getElementById('live-state');
  var list = document.getElementById('message-list');
  if (!state || !list || !state.dataset.liveSrc || !window.EventSource) {
    return;
  }
  var source = new EventSource(state.dataset.liveSrc);
  source.addEventListener('ready', function () {
    state.dataset.liveState = 'on';
    state.textContent = 'New messages appear here as they arrive.';
  });
  source.addEventListener('message', function (event) {
    var message;
    try {
      message = JSON.parse(event.data);
    } catch (e) {
      return;
    }
    var known = Array.prototype.some.call(list.children, function (item) {
      return item.dataset.id === message.id;
    });
    if (known) {
      return;
    }
    var template = document.createElement('template');
    template.innerHTML = message.html;
    list.insertBefore(template.content, list.firstChild);
    var empty = document.getElementById('no-messages');
    if (empty) {
      empty.remove();
    }
  });
  source.addEventListener('error', function () {
    if (source.readyState === EventSource.CLOSED) {
      state.dataset.liveState = 'off';
      state.textContent = 'Live updates stopped: reload the page to see new messages.';
    } else {
      state.dataset.liveState = 'reconnecting';
    }
  });
  // Leaving the page closes the stream at once instead of when the server next writes to it.
  window.addEventListener('pagehide', function () { source.close(); });
})();
