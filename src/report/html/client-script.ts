/**
 * The one script of the HTML report, inlined and allowed by its sha256 in the page's
 * Content-Security-Policy (nothing else may run). It reads only the page's own markup: sorting
 * and filtering the step table, panning and zooming the DAG, opening a step's details from the
 * DAG, the timeline or the table. It never turns text into markup (textContent only).
 */
import { createHash } from 'node:crypto';

export const CLIENT_SCRIPT = String.raw`(function () {
  'use strict';
  // Shows the main part, hidden while the page was parsed (see render.ts): first, so that a
  // failure below still leaves the report readable.
  document.documentElement.classList.add('js');
  var table = document.getElementById('steps');
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var keys = rows.map(function (r) {
    var c = r.cells;
    return (c[0].textContent + '\n' + c[1].textContent + '\n' + c[4].textContent).toLowerCase();
  });
  var count = document.getElementById('shown');
  var filter = document.getElementById('filter');
  function applyFilter() {
    var q = filter.value.trim().toLowerCase();
    var n = 0;
    for (var i = 0; i < rows.length; i++) {
      var hit = q === '' || keys[i].indexOf(q) !== -1;
      rows[i].hidden = !hit;
      if (hit) n++;
    }
    count.textContent = n + ' of ' + rows.length + ' steps';
  }
  filter.addEventListener('input', applyFilter);
  applyFilter();

  var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
  function value(row, col, numeric) {
    var cell = row.cells[col];
    if (numeric) {
      var v = cell.getAttribute('data-v');
      return v === null || v === '' ? -Infinity : Number(v);
    }
    return cell.textContent.toLowerCase();
  }
  heads.forEach(function (th, col) {
    var button = th.querySelector('button');
    if (!button) return;
    button.addEventListener('click', function () {
      var asc = th.getAttribute('aria-sort') !== 'ascending';
      var numeric = th.getAttribute('data-type') === 'number';
      heads.forEach(function (h) {
        if (h.querySelector('button')) h.setAttribute('aria-sort', 'none');
      });
      th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
      var order = rows.map(function (r, i) {
        return { r: r, i: i, v: value(r, col, numeric) };
      });
      order.sort(function (a, b) {
        var d = a.v < b.v ? -1 : a.v > b.v ? 1 : 0;
        return (asc ? d : -d) || a.i - b.i;
      });
      var frag = document.createDocumentFragment();
      order.forEach(function (o) {
        frag.appendChild(o.r);
      });
      tbody.appendChild(frag);
    });
  });

  // A step's details, built from the page's data block when it is chosen (see render.ts):
  // elements and textContent only, so no text of the run is ever parsed as markup.
  var data = null;
  var panel = document.getElementById('detail');
  var title = document.getElementById('detail-title');
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }
  function show(i) {
    if (data === null) data = JSON.parse(document.getElementById('report-data').textContent);
    var step = data.steps[i];
    if (!step) return;
    var body = document.createDocumentFragment();
    step.blocks.forEach(function (b) {
      if (b[0] === 'm') body.appendChild(el('p', b[1], 'meta'));
      else if (b[0] === 'x')
        body.appendChild(el('p', 'Texts left out (truncated): the run has too many steps for them within ' +
          'the report’s size bound; the full texts are in ' + b[1] + ', events.jsonl and outputs/ of the run folder.',
          'note'));
      else if (b[0] === 'h') body.appendChild(el('h4', b[1]));
      else if (b[0] === 'pre') {
        body.appendChild(el('pre', b[1], b[2]));
        if (b[3]) body.appendChild(el('p', b[3], 'note'));
      } else if (b[0] === 'checks') {
        var t = el('table', undefined, 'checks');
        var head = t.createTHead().insertRow();
        ['Check', 'Verdict', 'Score', 'Message', 'Reason'].forEach(function (h) {
          head.appendChild(el('th', h));
        });
        var tb = t.createTBody();
        b[1].forEach(function (c) {
          var r = tb.insertRow();
          r.appendChild(el('td', c[0]));
          r.appendChild(el('td', c[1], c[1] === 'passed' ? 'pass' : 'fail'));
          r.appendChild(el('td', c[2] || '–', 'n'));
          r.appendChild(el('td', c[3]));
          r.appendChild(el('td', c[4]));
        });
        body.appendChild(t);
      }
    });
    panel.replaceChildren(body);
    panel.setAttribute('data-step', String(i));
    title.textContent = 'Step ' + step.id;
  }
  function fromHash(scroll) {
    var m = /^#s-(\d+)$/.exec(location.hash);
    if (!m) return;
    show(Number(m[1]));
    if (scroll) {
      title.scrollIntoView({ block: 'start' });
      title.focus({ preventScroll: true });
    }
  }
  window.addEventListener('hashchange', function () {
    fromHash(true);
  });
  if (location.hash) {
    requestAnimationFrame(function () {
      fromHash(true);
    });
  }
  // A drag that pans the DAG ends with a click on whatever is under the pointer: not a choice.
  var dragged = false;
  document.addEventListener('click', function (e) {
    if (dragged) {
      dragged = false;
      return;
    }
    var g = e.target.closest ? e.target.closest('svg [data-s]') : null;
    if (g) location.hash = 's-' + g.getAttribute('data-s');
  });
  // A DAG node reached with Tab opens as a link does: Enter, or Space as a button does.
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    var g = e.target.closest ? e.target.closest('svg [data-s]') : null;
    if (!g) return;
    e.preventDefault();
    var h = 's-' + g.getAttribute('data-s');
    if (location.hash === '#' + h) fromHash(true);
    else location.hash = h;
  });

  var view = document.getElementById('dag-view');
  var svg = document.getElementById('dag-svg');
  if (view && svg) {
    var W = svg.viewBox.baseVal.width;
    var H = svg.viewBox.baseVal.height;
    var box = { x: 0, y: 0, w: W, h: H };
    function size() {
      return { w: view.clientWidth || 800, h: view.clientHeight || 480 };
    }
    function draw() {
      svg.setAttribute('viewBox', box.x + ' ' + box.y + ' ' + box.w + ' ' + box.h);
    }
    // The whole graph when it fits at a readable size, else its start (its first columns) at
    // the smallest readable size; never enlarged past 1:1.
    function fit(all) {
      var s = size();
      var k = Math.max(W / s.w, H / s.h, 1);
      if (!all) k = Math.min(k, 1.6);
      box = { x: 0, y: 0, w: s.w * k, h: s.h * k };
      draw();
    }
    function zoom(f, cx, cy) {
      var s = size();
      var w = Math.min(Math.max(box.w * f, s.w / 4), Math.max(W, H) * 4 + s.w);
      var k = w / box.w;
      var px = cx === undefined ? 0.5 : cx / s.w;
      var py = cy === undefined ? 0.5 : cy / s.h;
      box.x += box.w * px * (1 - k);
      box.y += box.h * py * (1 - k);
      box.w *= k;
      box.h *= k;
      draw();
    }
    function pan(dx, dy) {
      box.x += dx * (box.w / size().w);
      box.y += dy * (box.h / size().h);
      draw();
    }
    view.style.height = Math.min(480, Math.max(120, H + 24)) + 'px';
    svg.setAttribute('width', '100%');
    svg.setAttribute('height', '100%');
    svg.setAttribute('preserveAspectRatio', 'xMinYMin meet');
    // After the first frame: measuring the view before DOMContentLoaded would force a layout of
    // the whole page (the table, the SVGs) and delay it.
    requestAnimationFrame(function () {
      fit(false);
    });
    view.addEventListener('wheel', function (e) {
      e.preventDefault();
      var r = view.getBoundingClientRect();
      zoom(e.deltaY > 0 ? 1.2 : 1 / 1.2, e.clientX - r.left, e.clientY - r.top);
    }, { passive: false });
    var drag = null;
    view.addEventListener('pointerdown', function (e) {
      drag = { x: e.clientX, y: e.clientY, moved: false };
    });
    view.addEventListener('pointermove', function (e) {
      if (!drag) return;
      var dx = e.clientX - drag.x;
      var dy = e.clientY - drag.y;
      if (Math.abs(dx) + Math.abs(dy) > 3) drag.moved = true;
      if (drag.moved) {
        pan(-dx, -dy);
        drag.x = e.clientX;
        drag.y = e.clientY;
      }
    });
    window.addEventListener('pointerup', function () {
      dragged = !!(drag && drag.moved);
      drag = null;
    });
    // A node reached with Tab is brought into the view when it is outside it.
    view.addEventListener('focusin', function (e) {
      var g = e.target.closest ? e.target.closest('.node') : null;
      if (!g) return;
      var m = g.transform.baseVal.consolidate();
      if (!m) return;
      var x = m.matrix.e;
      var y = m.matrix.f;
      if (x < box.x || y < box.y || x + 180 > box.x + box.w || y + 30 > box.y + box.h) {
        box.x = x + 90 - box.w / 2;
        box.y = y + 15 - box.h / 2;
        draw();
      }
    });
    view.addEventListener('keydown', function (e) {
      var step = 60;
      var k = e.key;
      if (k === '+' || k === '=') zoom(1 / 1.2);
      else if (k === '-') zoom(1.2);
      else if (k === 'ArrowLeft') pan(-step, 0);
      else if (k === 'ArrowRight') pan(step, 0);
      else if (k === 'ArrowUp') pan(0, -step);
      else if (k === 'ArrowDown') pan(0, step);
      else if (k === '0') fit(true);
      else return;
      e.preventDefault();
    });
    document.getElementById('zoom-in').addEventListener('click', function () { zoom(1 / 1.4); });
    document.getElementById('zoom-out').addEventListener('click', function () { zoom(1.4); });
    document.getElementById('zoom-fit').addEventListener('click', function () { fit(true); });
  }
})();
`;

/** The CSP source that allows exactly CLIENT_SCRIPT. */
export const CLIENT_SCRIPT_HASH = `'sha256-${createHash('sha256').update(CLIENT_SCRIPT, 'utf8').digest('base64')}'`;
