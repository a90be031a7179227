// Check mode on the coder's page: the session described above plus the lines someone billed,
// sent to POST /v1/check; shows the verdict and each difference against SpineCode's lines. It
// holds no coding rule and only reads billed lines the way a coder writes them.
'use strict';

(function () {
  const $ = (id) => document.getElementById(id);
  const CODE = /^([0-9]{4}[0-9A-Z]|[A-Z][0-9]{4})$/;
  const UNITS = /^(X[0-9]{1,3}|[0-9]|[0-9]{3})$/;

  const el = (...args) => window.SpineCodePage.el(...args);

  // "64493-50-KX x1, 64494 50 KX" -> [{code, modifiers, units}]: each code starts a line; a
  // modifier is two characters, units read x2 (or a lone digit).
  function parseBilled(text) {
    const lines = [];
    for (const token of text.toUpperCase().split(/[\s,;\-]+/)) {
      if (!token) continue;
      if (CODE.test(token)) {
        lines.push({ code: token, modifiers: [], units: 1 });
      } else if (!lines.length) {
        throw new Error('Start each line with a code such as 64493 (found "' + token + '")');
      } else if (UNITS.test(token)) {
        lines[lines.length - 1].units = Number(token.replace('X', ''));
      } else if (token.length === 2) {
        lines[lines.length - 1].modifiers.push(token);
      } else {
        throw new Error('"' + token + '" is neither a two-character modifier nor units such as x2');
      }
    }
    return lines;
  }

  function request() {
    const body = window.SpineCodePage.encounter();
    const nerves = $('nerves').value.trim().toUpperCase().split(/[\s,;]+/).filter(Boolean);
    if (nerves.length && body.procedures[0].family === 'FACET') {
      body.procedures[0].targets = [{ nerves: nerves, side: $('nerves-side').value }];
    }
    body.billed = parseBilled($('billed').value);
    return body;
  }

  function text(line) {
    return line ? [line.code, ...line.modifiers].join('-') + ' x' + line.units : '';
  }

  async function check(event) {
    event.preventDefault();
    let body;
    try {
      body = request();
    } catch (e) {
      problem({ title: 'The billed lines could not be read', detail: e.message });
      return;
    }
    setStatus('busy', 'Checking…');
    let response;
    let answer;
    try {
      response = await fetch('/v1/check', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(body)
      });
      answer = await response.json();
    } catch (e) {
      setStatus('offline', 'Server not reachable');
      return;
    }
    if (!response.ok) {
      problem(answer);
      return;
    }
    problem(null);
    show(answer);
  }

  function problem(details) {
    const box = $('check-problem');
    if (!details) {
      box.hidden = true;
      box.replaceChildren();
      return;
    }
    $('check-result').hidden = true;
    box.replaceChildren(el('strong', { text: details.title || 'The claim could not be checked' }),
      el('p', { text: details.detail || '' }),
      details.field ? el('p', { class: 'field-path' }, 'Field: ', el('code', { text: details.field })) : '');
    box.hidden = false;
    setStatus('error', 'Check the input');
  }

  function show(answer) {
    const check = answer.check;
    const differs = check.verdict === 'DIFFERS';
    $('verdict').dataset.verdict = check.verdict;
    $('verdict').textContent = differs
      ? 'Differs: ' + check.differences.length + (check.differences.length === 1 ? ' difference' : ' differences')
      : 'Matches SpineCode\u2019s lines (coded as SpineCode codes it; not a promise of payment)';
    const rows = [];
    const unmatched = check.differences.filter((d) => d.expected).map((d) => text(d.expected));
    for (const line of answer.lines) {
      const written = text(line);
      const at = unmatched.indexOf(written);
      if (at >= 0) unmatched.splice(at, 1);
      else rows.push(el('tr', { 'data-kind': 'MATCH' }, el('td', { text: written }), el('td', { text: written }),
        el('td', { text: '' })));
    }
    for (const d of check.differences) {
      rows.push(el('tr', { class: 'differs', 'data-kind': d.kind, 'data-code': d.code },
        el('td', { text: d.billed ? text(d.billed) : '(not billed)' }),
        el('td', { text: d.expected ? text(d.expected) : '(not billed)' }),
        el('td', { class: 'kind', text: d.kind })));
    }
    $('check-lines').querySelector('tbody').replaceChildren(...rows);
    $('differences').replaceChildren(...check.differences.map((d) => el('li', {
      class: 'finding error', 'data-kind': d.kind, 'data-code': d.code
    },
    el('div', { class: 'finding-head' }, el('span', { class: 'badge', text: d.kind }),
      el('button', { type: 'button', class: 'code-link', text: d.code, 'aria-label': 'Explain ' + d.code,
        onclick: () => window.SpineCodePage.explain(d.code) })),
    el('p', { class: 'message', text: d.message }),
    el('p', { class: 'source', text: 'Source: ' + d.source }))));
    $('check-findings').replaceChildren(...check.findings.map((f) => el('li', {
      class: 'finding ' + f.severity.toLowerCase(), 'data-rule': f.rule, 'data-severity': f.severity
    },
    el('div', { class: 'finding-head' }, el('span', { class: 'badge', text: f.severity }),
      el('code', { class: 'rule', text: f.rule }), f.codes.length ? el('span', { class: 'codes', text: f.codes.join(', ') }) : null),
    el('p', { class: 'message', text: f.message }),
    el('p', { class: 'source', text: 'Source: ' + f.source }))));
    $('no-check-findings').hidden = check.findings.length > 0;
    $('check-result').hidden = false;
    setStatus(differs ? 'error' : 'ok', differs ? 'Differs' : 'Matches');
  }

  function setStatus(state, words) {
    $('check-status').dataset.state = state;
    $('check-status').textContent = words;
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('check-form').addEventListener('submit', check);
  });
})();
