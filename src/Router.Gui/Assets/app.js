'use strict';
(function () {
  var $ = function (id) { return document.getElementById(id); };
  function get(url) {
    return fetch(url, { credentials: 'same-origin', headers: { 'X-Background': '1' } })
      .then(function (r) { if (!r.ok) throw r.status; return r.json(); });
  }
  function text(id, v) { var e = $(id); if (e) e.textContent = v; }
  function rate(n, s) { return (Math.floor(n * 10 / s) / 10).toFixed(1); }
  function draw(d) {
    var h = d.history, peak = Math.max(1, Math.max.apply(null, h)), pts = [];
    for (var i = 0; i < h.length; i++) {
      pts.push(Math.round(i * 300 / Math.max(1, h.length - 1)) + ',' + Math.round(98 - h[i] * 96 / peak));
    }
    var line = document.querySelector('#hs-svg .series');
    if (line) line.setAttribute('points', pts.join(' '));
    text('hs-now', rate(h[h.length - 1], d.intervalSeconds));
    text('hs-peak', rate(Math.max.apply(null, h), d.intervalSeconds));
    var c = document.querySelector('[data-counter=handshakes]');
    if (c) c.textContent = d.handshakes;
  }
  function refresh() {
    get('/api/ssl').then(draw).then(function () { return get('/api/system'); }).then(function (s) {
      text('uptime', s.uptime); text('time', s.time.replace('T', ' '));
      text('memory-used', s.memoryUsed < 0 ? 'unknown' : Math.floor(s.memoryUsed / 1024) + ' KB');
      text('memory-free', s.memoryFree < 0 ? 'unknown' : Math.floor(s.memoryFree / 1024) + ' KB');
      setTimeout(refresh, 5000);
    }).catch(function () { /* logged out or offline: stop */ });
  }
  if ($('hs-svg') && window.fetch) setTimeout(refresh, 5000);

  var cmd = $('command');
  if (cmd) {
    var key = 'router.history', hist = JSON.parse(sessionStorage.getItem(key) || '[]'), at = hist.length;
    if (cmd.value && hist[hist.length - 1] !== cmd.value) {
      hist.push(cmd.value); hist = hist.slice(-50); sessionStorage.setItem(key, JSON.stringify(hist)); at = hist.length;
    }
    cmd.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowUp' && at > 0) { cmd.value = hist[--at]; e.preventDefault(); }
      else if (e.key === 'ArrowDown' && at < hist.length) { at++; cmd.value = at < hist.length ? hist[at] : ''; e.preventDefault(); }
    });
    cmd.select();
    var out = $('output');
    if (out) out.scrollIntoView({ block: 'nearest' });
  }
})();
