// Pages under /spaces wait on Webex, which can take a few seconds: show and announce that the click was taken.
(function () {
  'use strict';
  function clear() {
    document.querySelectorAll('[aria-busy]').forEach(function (el) { el.removeAttribute('aria-busy'); });
    var status = document.getElementById('status');
    if (status) { status.textContent = ''; }
  }
  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a[href^="/spaces"]') : null;
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    link.setAttribute('aria-busy', 'true');
    var status = document.getElementById('status');
    if (status) { status.textContent = 'Loading from Webex…'; }
  });
  // Back/forward may restore this page from the cache with the busy state still set.
  window.addEventListener('pageshow', clear);
})();
