// Live review session pages: counts update from the session's Server-Sent Events; after a reveal, a decision or a
// move the changed parts of the page are fetched again and swapped in (a reload would lose what is being typed).
// Without this script the pages work as forms and a reload shows the same state.
(function () {
  'use strict';
  var root = document.getElementById('review-live');
  if (!root) {
    return;
  }
  var version = Number(root.getAttribute('data-version')) || 0;
  var status = document.getElementById('live-status');
  var refreshing = null;
  var again = false;

  function say(text) {
    if (status) {
      status.textContent = text;
    }
  }

  function setCount(claimId, count) {
    var nodes = document.querySelectorAll('[data-vote-count]');
    for (var i = 0; i < nodes.length; i++) {
      if (nodes[i].getAttribute('data-vote-count') === claimId) {
        nodes[i].textContent = String(count);
      }
    }
  }

  function swap(fresh) {
    var selectors = (root.getAttribute('data-refresh') || '').split(',');
    selectors.forEach(function (selector) {
      var olds = document.querySelectorAll(selector);
      var news = fresh.querySelectorAll(selector);
      if (olds.length !== news.length) {
        window.location.reload();
        return;
      }
      for (var i = 0; i < olds.length; i++) {
        var changed = olds[i].getAttribute('data-state') !== news[i].getAttribute('data-state')
            || !olds[i].hasAttribute('data-state');
        var typing = olds[i].contains(document.activeElement) && document.activeElement !== document.body;
        if (changed && !(typing && olds[i].getAttribute('data-state') === news[i].getAttribute('data-state'))) {
          olds[i].replaceWith(document.importNode(news[i], true));
        }
      }
    });
    var freshRoot = fresh.getElementById('review-live');
    if (freshRoot) {
      version = Math.max(version, Number(freshRoot.getAttribute('data-version')) || 0);
    }
  }

  function refresh() {
    if (refreshing) {
      again = true;
      return;
    }
    refreshing = fetch(window.location.href, { credentials: 'same-origin', headers: { Accept: 'text/html' } })
      .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
      .then(function (html) { swap(new DOMParser().parseFromString(html, 'text/html')); })
      .catch(function () { say('Could not refresh: reload the page.'); })
      .then(function () {
        refreshing = null;
        if (again) {
          again = false;
          refresh();
        }
      });
  }

  function onEvent(handler) {
    return function (event) {
      var data = JSON.parse(event.data || '{}');
      if (data.version && data.version <= version) {
        return;
      }
      handler(data);
    };
  }

  if (root.hasAttribute('data-keys')) {
    document.addEventListener('keydown', function (event) {
      var target = event.target;
      if (event.altKey || event.ctrlKey || event.metaKey || (target && /INPUT|TEXTAREA|SELECT/.test(target.tagName))) {
        return;
      }
      var link = null;
      if (event.key === 'ArrowRight' || event.key === 'PageDown' || event.key === 'n') {
        link = document.getElementById('present-next');
      } else if (event.key === 'ArrowLeft' || event.key === 'PageUp' || event.key === 'p') {
        link = document.getElementById('present-prev');
      }
      if (link) {
        event.preventDefault();
        window.location.href = link.href;
      }
    });
  }

  if (!window.EventSource || !window.fetch || !window.DOMParser) {
    return;
  }
  var source = new EventSource(root.getAttribute('data-events'));
  source.onopen = function () { say('Live: votes and decisions appear as they happen.'); };
  source.onerror = function () { say('Connection lost: reconnecting…'); };
  source.addEventListener('vote', onEvent(function (data) {
    version = data.version;
    setCount(data.claimId, data.voteCount);
  }));
  ['revealed', 'decided', 'skipped', 'joined', 'closed'].forEach(function (type) {
    source.addEventListener(type, onEvent(function () { refresh(); }));
  });
  source.addEventListener('advanced', onEvent(function () {
    if (root.hasAttribute('data-follow')) {
      window.location.reload();
    } else {
      refresh();
    }
  }));
  source.addEventListener('resync', function () { refresh(); });
}());
