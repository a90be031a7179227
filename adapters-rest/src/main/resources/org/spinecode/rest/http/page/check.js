// Check mode on the coder's page: the session described above plus the lines someone billed,
// sent to POST /v1/check; shows the verdict and each difference against SpineCode's lines. It
// holds no coding rule and only reads billed lines the way a coder writes them.
'use strict';

(function () {
  const $ = (id) => document.getElementById(id);
  const CODE = /^([0-9]{4}[0-9A-Z]|[A-V][0-9]{4})$/;
  const UNITS = /^(X[0-9]+|[0-9])$/;
  const MODIFIER = /^[A-Z0-9]{2}$/;

  const el = (...args) => window.SpineCodePage.el(...args);

  // "64493-50-KX x1, 64494 50 KX" -> [{code, modifiers, units}]: each code starts a line; a
  // modifier is two letters or digits, units read x2 (or one digit), given once. Anything else is
  // an error, never dropped; the server checks the rest (the code's shape, units from 1 to 999).
  function parseBilled(text) {
    const lines = [];
    // ASCII letters only: toUpperCase() would turn a dotless i into I.
    const upper = (token) => token.replace(/[a-z]/g, (c) => c.toUpperCase());
    for (const token of text.split(/[\s,;\-]+/).map(upper)) {
      if (!token) continue;
      const line = lines[lines.length - 1];
      if (CODE.test(token)) {
        lines.push({ code: token, modifiers: [], units: 1, unitsGiven: false });
      } else if (!line) {
        throw new Error('Start each line with a code such as 64493 (found "' + token + '")');
      } else if (UNITS.test(token)) {
        if (line.unitsGiven) throw new Error('Units are given twice on the ' + line.code + ' line');
        line.units = Number(token.replace('X', ''));
        line.unitsGiven = true;
      } else if (MODIFIER.test(token)) {
        line.modifiers.push(token);
      } else if (/^[0-9]+$/.test(token)) {
        throw new Error('"' + token + '" on the ' + line.code + ' line is a stray number: units read x2');
      } else {
        throw new Error('"' + token + '" is neither a two-character modifier nor units such as x2');
      }
    }
    return lines.map(({ code, modifiers, units }) => ({ code, modifiers, units }));
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

  // A cell that keeps its column's name when a phone stacks the table (app.css shows data-label).
  function cell(label, words) {
    return el('td', { 'data-label': label, text: words });
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
      else rows.push(el('tr', { 'data-kind': 'MATCH' }, cell('Billed', written), cell('SpineCode', written),
        el('td', { text: '' })));
    }
    for (const d of check.differences) {
      rows.push(el('tr', { class: 'differs', 'data-kind': d.kind, 'data-code': d.code },
        cell('Billed', d.billed ? text(d.billed) : '(not billed)'),
        cell('SpineCode', d.expected ? text(d.expected) : '(not billed)'),
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
