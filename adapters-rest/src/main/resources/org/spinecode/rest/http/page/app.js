// The coder's page: gathers a session from the form and the spine, asks POST /v1/coding, and shows
// the answer. It holds no coding rule; what it knows about families only decides which controls to
// show (a family without sides, the caudal approach, the sacral foramina).
'use strict';

(function () {
  const REGIONS = [
    { id: 'cervical', name: 'Cervical', levels: ['C1-C2', 'C2-C3', 'C3-C4', 'C4-C5', 'C5-C6', 'C6-C7', 'C7-T1'] },
    { id: 'thoracic', name: 'Thoracic', levels: ['T1-T2', 'T2-T3', 'T3-T4', 'T4-T5', 'T5-T6', 'T6-T7', 'T7-T8',
      'T8-T9', 'T9-T10', 'T10-T11', 'T11-T12', 'T12-L1'] },
    { id: 'lumbar', name: 'Lumbar', levels: ['L1-L2', 'L2-L3', 'L3-L4', 'L4-L5', 'L5-S1'], open: true },
    { id: 'sacral', name: 'Sacral foramina', levels: ['S1', 'S2', 'S3', 'S4'], open: true, foramina: true }
  ];
  const FAMILY_NAMES = {
    FACET: 'Facet / medial branch',
    INTERLAMINAR: 'Interlaminar / caudal epidural',
    TRANSFORAMINAL: 'Transforaminal epidural'
  };
  const GUIDANCE_NAMES = { FLUOROSCOPY: 'Fluoroscopy', CT: 'CT', ULTRASOUND: 'Ultrasound', NONE: 'No imaging' };
  const GUIDANCE_ORDER = ['FLUOROSCOPY', 'CT', 'ULTRASOUND', 'NONE'];
  // Families whose targets have no side, and those that may target a sacral foramen (CONTRACT.md).
  const SIDELESS = new Set(['INTERLAMINAR']);
  const FORAMINA = new Set(['TRANSFORAMINAL']);

  const $ = (id) => document.getElementById(id);
  const selected = new Map(); // level -> { left: boolean, right: boolean }
  let guidanceByFamily = new Map();
  let pending = null;
  let timer = null;
  let lastLines = [];
  let lastBody = null; // the encounter behind the lines shown, for the claim formats

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (key === 'class') node.className = value;
      else if (key === 'text') node.textContent = value;
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? '' : value);
    }
    for (const child of children) {
      if (child !== null && child !== undefined) node.append(child);
    }
    return node;
  }

  function words(name) {
    const text = name.toLowerCase().replace(/_/g, ' ');
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  // Coders read words, not the wire's field names and enum values.
  const FIELD_WORDS = {
    dateOfService: 'Date of service', payer: 'Payer', setting: 'Place of service', claimType: 'Claim',
    bilateralStyle: 'Both sides billed as', abnOnFile: 'Signed ABN', priorAuthorizationNumber: 'Prior authorization number',
    state: 'State performed', medicareJurisdiction: 'Medicare jurisdiction',
    diagnoses: 'Diagnosis', diagnosisPointers: 'Diagnosis pointer',
    procedures: 'Procedures', family: 'Procedure', guidance: 'Imaging guidance', purpose: 'Purpose', approach: 'Approach',
    indwellingCatheter: 'Catheter', targets: 'Levels', level: 'Level', nerves: 'Nerves', side: 'Side', history: 'Prior sessions'
  };

  function fieldWords(path) {
    const parts = path.split('.').map((part) => {
      const match = /^(\w+)(?:\[(\d+)\])?$/.exec(part);
      if (!match) return part;
      const name = FIELD_WORDS[match[1]] || words(match[1]);
      return match[2] === undefined ? name : name + ' ' + (Number(match[2]) + 1);
    });
    return parts.reverse().join(' of ').replace(/^(\w)/, (c) => c.toUpperCase());
  }

  function plain(text) {
    return (text || '')
      .replace(/\[([A-Z][A-Z_]*(?:, [A-Z][A-Z_]*)*)\]/g, (all, names) => names.split(', ').map((n) => words(n).toLowerCase()).join(', '))
      .replace(/\b[A-Z]+(?:_[A-Z]+)+\b/g, (name) => words(name).toLowerCase())
      .replace(/\b[a-z]+(?:[A-Z][a-z]+)+\b/g, (name) => FIELD_WORDS[name] ? FIELD_WORDS[name].toLowerCase() : name);
  }

  function family() { return $('family').value; }
  function hasSides() { return !SIDELESS.has(family()); }
  function caudal() { return SIDELESS.has(family()) && $('approach').value === 'CAUDAL'; }

  // ---- set-up ---------------------------------------------------------------------------------

  async function start() {
    $('dateOfService').value = today();
    try {
      const response = await fetch('/v1/plugins', { headers: { Accept: 'application/json' } });
      const plugins = await response.json();
      for (const plugin of plugins) {
        for (const claim of plugin.accepts) {
          const known = guidanceByFamily.get(claim.family) || new Set();
          claim.guidance.forEach((g) => known.add(g));
          guidanceByFamily.set(claim.family, known);
        }
      }
    } catch (e) {
      setStatus('offline', 'Server not reachable');
      return;
    }
    const families = [...guidanceByFamily.keys()].sort((a, b) => label(a).localeCompare(label(b)));
    for (const name of families) {
      $('family').append(el('option', { value: name, text: label(name) }));
    }
    $('family').value = guidanceByFamily.has('FACET') ? 'FACET' : families[0];
    fillGuidance();
    buildSpine();
    familyChanged();
    rememberState();
    $('encounter').addEventListener('change', (event) => {
      if (event.target.id === 'family') familyChanged();
      else if (event.target.id === 'state') rememberState(event.target.value);
      else if (event.target.id === 'approach') showFamilyControls();
      schedule();
    });
    $('encounter').addEventListener('submit', (event) => event.preventDefault());
    $('priorAuthorizationNumber').addEventListener('input', schedule);
    $('diagnoses').addEventListener('input', schedule);
    $('clear-levels').addEventListener('click', () => { selected.clear(); paintSpine(); schedule(); });
    $('copy-lines').addEventListener('click', copyLines);
    $('copy-fhir').addEventListener('click', () => copyFormat($('copy-fhir'), 'FHIR Bundle'));
    $('copy-x12').addEventListener('click', () => copyFormat($('copy-x12'), '837P segments'));
    $('codes').addEventListener('toggle', listCodes);
    document.body.dataset.ready = 'true';
    schedule();
  }

  function label(familyName) { return FAMILY_NAMES[familyName] || words(familyName); }

  function today() {
    const now = new Date();
    const pad = (n) => String(n).padStart(2, '0');
    return now.getFullYear() + '-' + pad(now.getMonth() + 1) + '-' + pad(now.getDate());
  }

  function fillGuidance() {
    const current = $('guidance').value;
    const accepted = guidanceByFamily.get(family()) || new Set();
    const offered = GUIDANCE_ORDER.filter((g) => accepted.has(g));
    // Every guidance is offered, so that a session done without imaging can still be described and
    // the engine can say what that means; accepted ones come first.
    GUIDANCE_ORDER.filter((g) => !accepted.has(g)).forEach((g) => offered.push(g));
    $('guidance').replaceChildren(...offered.map((g) => el('option', { value: g, text: GUIDANCE_NAMES[g] || words(g) })));
    $('guidance').value = offered.includes(current) ? current : offered[0];
  }

  function familyChanged() {
    fillGuidance();
    if (!FORAMINA.has(family())) {
      for (const region of REGIONS.filter((r) => r.foramina)) region.levels.forEach((l) => selected.delete(l));
    }
    showFamilyControls();
    paintSpine();
  }

  function showFamilyControls() {
    const sideless = !hasSides();
    $('purpose-group').hidden = sideless;
    $('approach-group').hidden = !sideless;
    $('catheter-group').hidden = !sideless;
    $('spine').classList.toggle('sideless', sideless);
    document.querySelector('.spine-head').classList.toggle('sideless', sideless);
    $('spine').classList.toggle('caudal', caudal());
    for (const region of REGIONS.filter((r) => r.foramina)) {
      $('region-' + region.id).hidden = !FORAMINA.has(family());
    }
    $('levels-hint').textContent = caudal()
      ? 'A caudal epidural enters at the sacral hiatus and needs no level.'
      : sideless
        ? 'Press each level injected. Side does not change interlaminar coding.'
        : 'Press L or R for one side, or the level itself for both. Seen from behind, as the patient lies prone.';
  }

  // ---- the spine ------------------------------------------------------------------------------

  function buildSpine() {
    const spine = $('spine');
    for (const region of REGIONS) {
      const rows = el('div', { class: 'rows', role: 'group', 'aria-label': region.name + ' levels' });
      for (const level of region.levels) {
        rows.append(el('div', { class: 'row', 'data-level': level },
          el('button', { type: 'button', class: 'side left', 'data-level': level, 'data-side': 'LEFT',
            'aria-label': level + ' left', 'aria-pressed': 'false', text: 'L' }),
          el('button', { type: 'button', class: 'disc', 'data-level': level, 'data-side': 'BILATERAL',
            'aria-label': level + ' both sides', 'aria-pressed': 'false', text: level }),
          el('button', { type: 'button', class: 'side right', 'data-level': level, 'data-side': 'RIGHT',
            'aria-label': level + ' right', 'aria-pressed': 'false', text: 'R' })));
      }
      const count = el('span', { class: 'count', id: 'count-' + region.id });
      spine.append(el('details', { class: 'region', id: 'region-' + region.id, open: region.open },
        el('summary', {}, el('span', { text: region.name }), count), rows));
    }
    spine.addEventListener('click', (event) => {
      const button = event.target.closest('button[data-level]');
      if (button) toggle(button.dataset.level, button.dataset.side);
    });
    spine.addEventListener('keydown', moveFocus);
  }

  function toggle(level, side) {
    const now = selected.get(level) || { left: false, right: false };
    let next;
    if (side === 'BILATERAL' || !hasSides()) {
      const both = now.left && now.right;
      next = { left: !both, right: !both };
    } else if (side === 'LEFT') {
      next = { left: !now.left, right: now.right };
    } else {
      next = { left: now.left, right: !now.right };
    }
    if (next.left || next.right) selected.set(level, next);
    else selected.delete(level);
    paintSpine();
    schedule();
  }

  function sideOf(choice) {
    return choice.left && choice.right ? 'BILATERAL' : choice.left ? 'LEFT' : 'RIGHT';
  }

  function paintSpine() {
    const sides = hasSides();
    for (const row of $('spine').querySelectorAll('.row')) {
      const choice = selected.get(row.dataset.level) || { left: false, right: false };
      const any = choice.left || choice.right;
      row.classList.toggle('chosen', any);
      row.querySelector('.left').setAttribute('aria-pressed', String(choice.left));
      row.querySelector('.right').setAttribute('aria-pressed', String(choice.right));
      row.querySelector('.disc').setAttribute('aria-pressed', String(sides ? choice.left && choice.right : any));
      row.querySelector('.disc').classList.toggle('partial', sides && any && !(choice.left && choice.right));
    }
    for (const region of REGIONS) {
      const n = region.levels.filter((l) => selected.has(l)).length;
      $('count-' + region.id).textContent = n ? n + ' chosen' : '';
    }
    const chosen = orderedLevels();
    $('selection').textContent = chosen.length === 0 ? 'No level chosen.'
      : chosen.map((l) => sides ? l + ' ' + sideOf(selected.get(l)).toLowerCase() : l).join(', ');
  }

  function orderedLevels() {
    const order = REGIONS.flatMap((r) => r.levels);
    return [...selected.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  }

  // Arrow keys move along the spine (up and down) and across a row (left and right).
  function moveFocus(event) {
    const button = event.target.closest('button[data-level]');
    if (!button) return;
    const keys = { ArrowUp: -1, ArrowDown: 1 };
    if (event.key in keys) {
      const column = button.dataset.side;
      const buttons = [...$('spine').querySelectorAll('button[data-side="' + column + '"]')]
        .filter((b) => b.offsetParent !== null);
      const next = buttons[buttons.indexOf(button) + keys[event.key]];
      if (next) { next.focus(); event.preventDefault(); }
    } else if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      const row = [...button.parentElement.querySelectorAll('button')].filter((b) => b.offsetParent !== null);
      const next = row[row.indexOf(button) + (event.key === 'ArrowLeft' ? -1 : 1)];
      if (next) { next.focus(); event.preventDefault(); }
    }
  }

  // ---- coding ---------------------------------------------------------------------------------

  function encounter() {
    const form = $('encounter');
    const procedure = { family: family(), guidance: $('guidance').value };
    if (hasSides()) {
      procedure.purpose = form.elements.purpose.value;
    } else {
      procedure.approach = $('approach').value;
      if ($('indwellingCatheter').checked) procedure.indwellingCatheter = true;
    }
    procedure.targets = orderedLevels().map((level) =>
      hasSides() ? { level: level, side: sideOf(selected.get(level)) } : { level: level });
    const body = {
      dateOfService: $('dateOfService').value,
      payer: form.elements.payer.value,
      setting: $('setting').value,
      claimType: $('claimType').value
    };
    if ($('bilateralStyle').value) body.bilateralStyle = $('bilateralStyle').value;
    if ($('abnOnFile').checked) body.abnOnFile = true;
    if ($('state').value) body.state = $('state').value;
    if ($('medicareJurisdiction').value) body.medicareJurisdiction = $('medicareJurisdiction').value;
    const auth = $('priorAuthorizationNumber').value.trim();
    if (auth) body.priorAuthorizationNumber = auth;
    const diagnoses = $('diagnoses').value.split(/[\s,;]+/).filter((code) => code);
    if (diagnoses.length) body.diagnoses = diagnoses;
    body.procedures = [procedure];
    return body;
  }

  /**
   * A practice codes in one state: the picker keeps the last state chosen in this browser
   * (localStorage), and starts from it next time. Called without a value, it restores.
   */
  function rememberState(value) {
    try {
      if (value === undefined) {
        const kept = localStorage.getItem('spinecode.state');
        if (kept && [...$('state').options].some((o) => o.value === kept)) $('state').value = kept;
      } else {
        localStorage.setItem('spinecode.state', value);
      }
    } catch (e) {
      // Storage may be off (private mode); the picker still works for this page.
    }
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(code, 120);
  }

  async function code() {
    const body = encounter();
    lastBody = null;
    $('request-body').textContent = JSON.stringify(body, null, 2);
    if (body.procedures[0].targets.length === 0 && !caudal()) {
      if (pending) pending.abort();
      show({ lines: [], findings: [] });
      setStatus('idle', 'Pick levels to code');
      return;
    }
    if (pending) pending.abort();
    const controller = new AbortController();
    pending = controller;
    setStatus('busy', 'Coding…');
    let response;
    let answer;
    try {
      response = await fetch('/v1/coding', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(body),
        signal: controller.signal
      });
      answer = await response.json();
    } catch (e) {
      if (e.name === 'AbortError') return;
      setStatus('offline', 'Server not reachable');
      return;
    }
    if (pending !== controller) return;
    pending = null;
    if (response.ok) {
      lastBody = body;
      show(answer);
      const errors = answer.findings.filter((f) => f.severity === 'ERROR').length;
      const warnings = answer.findings.filter((f) => f.severity === 'WARNING').length;
      setStatus(errors ? 'error' : warnings ? 'warning' : 'ok',
        errors ? 'Could not code all of it' : warnings ? warnings + (warnings === 1 ? ' warning' : ' warnings') : 'Up to date');
    } else {
      show({ lines: [], findings: [] }, answer);
      setStatus('error', 'Check the session');
    }
  }

  function setStatus(state, text) {
    $('status').dataset.state = state;
    $('status').textContent = text;
  }

  function show(result, problem) {
    const tbody = $('lines').querySelector('tbody');
    lastLines = result.lines;
    tbody.replaceChildren(...result.lines.map((line) => el('tr', {
      'data-code': line.code, 'data-modifiers': line.modifiers.join(' '), 'data-units': line.units
    },
    el('td', { class: 'code' }, el('button', { type: 'button', class: 'code-link', text: line.code,
      'aria-label': 'Explain ' + line.code, onclick: () => explain(line.code) })),
    el('td', { class: 'modifiers' }, ...(line.modifiers.length
      ? line.modifiers.map((m) => el('span', { class: 'chip mod-' + m, text: m }))
      : [el('span', { class: 'none', text: '—' })])),
    el('td', { class: 'units', text: String(line.units) }),
    el('td', { class: 'levels', text: line.levels.join(', ') }),
    el('td', { class: 'pointers', 'aria-label': 'Diagnosis pointers',
      text: (line.diagnosisPointers || []).join(', ') || '\u2014' }),
    el('td', { class: 'label', text: line.label }))));
    $('no-lines').hidden = result.lines.length > 0;
    $('lines').hidden = result.lines.length === 0;
    $('copy-lines').disabled = result.lines.length === 0;
    $('copy-fhir').disabled = $('copy-x12').disabled = result.lines.length === 0;
    $('copy-status').textContent = '';

    $('findings').replaceChildren(...result.findings.map((f) => el('li', {
      class: 'finding ' + f.severity.toLowerCase(), 'data-rule': f.rule, 'data-severity': f.severity
    },
    el('div', { class: 'finding-head' },
      el('span', { class: 'badge', text: words(f.severity) }),
      el('span', { class: 'rule', text: words(f.rule) }),
      f.codes.length ? el('span', { class: 'codes', text: f.codes.join(', ') }) : null),
    el('p', { class: 'message', text: plain(f.message) }),
    el('p', { class: 'source' }, el('b', { text: 'Source: ' }), f.source.replace(/;\s*/g, '; ')))));
    $('no-findings').hidden = result.findings.length > 0;

    const box = $('problem');
    if (problem) {
      box.replaceChildren(
        el('strong', { text: problem.title || 'The session could not be coded' }),
        el('p', { text: plain(problem.detail || '').replace(/^[\w.\[\]]+: /, '') }),
        problem.field ? el('p', { class: 'field-path', 'data-field': problem.field, text: 'Check: ' + fieldWords(problem.field) }) : '');
      box.hidden = false;
    } else {
      box.hidden = true;
      box.replaceChildren();
    }
  }

  // ---- copy and explain -----------------------------------------------------------------------

  function linesText() {
    return lastLines.map((line) => [line.code, line.modifiers.join(' '), line.units, line.levels.join(' '), line.label]
      .join('\t')).join('\n');
  }

  async function copyText(text) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch (e) {
      const area = el('textarea', { class: 'visually-hidden', 'aria-hidden': 'true' });
      area.value = text;
      document.body.append(area);
      area.select();
      let copied = false;
      try { copied = document.execCommand('copy'); } catch (ignored) { copied = false; }
      area.remove();
      return copied;
    }
  }

  async function copyLines() {
    const text = linesText();
    const copied = await copyText(text);
    $('copy-lines').dataset.copied = text;
    $('copy-status').textContent = copied
      ? 'Copied ' + lastLines.length + (lastLines.length === 1 ? ' line' : ' lines') + ' (tab-separated)'
      : 'Could not reach the clipboard; select the table instead.';
  }

  // The coded encounter as the server writes it in a claim format (docs/FORMATS.md): the same
  // request, asked for with another Accept.
  async function copyFormat(button, what) {
    if (!lastBody) return;
    let response;
    let text;
    try {
      response = await fetch('/v1/coding', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: button.dataset.accept },
        body: JSON.stringify(lastBody)
      });
      text = await response.text();
    } catch (e) {
      $('copy-status').textContent = 'Server not reachable';
      return;
    }
    if (!response.ok) {
      let detail = '';
      try { detail = JSON.parse(text).detail || ''; } catch (ignored) { detail = ''; }
      $('copy-status').textContent = 'Not copied: ' + plain(detail);
      return;
    }
    const copied = await copyText(text);
    button.dataset.copied = text;
    $('copy-status').textContent = copied ? 'Copied the ' + what : 'Could not reach the clipboard.';
  }

  // A code's dates in plain words. A code whose last day is before today is deleted: check mode
  // can name one that someone billed.
  function inEffect(about) {
    const from = about.effectiveFrom;
    const through = about.effectiveThrough;
    const deleted = about.status === 'DELETED' || (!!through && through < today());
    let text = from && through ? from + ' \u2013 ' + through
      : from ? 'since ' + from
        : through ? 'until ' + through
          : about.status === 'ACTIVE' ? 'every date SpineCode codes (2017-01-01 on)' : 'no dates on record';
    if (deleted && through) text += ' (deleted)';
    else if (from && from > today()) text += ' (not yet in effect)';
    return { text: text, deleted: deleted };
  }

  // Codes the fee schedule does not list (0228T-0231T after 2020, say) have no indicator.
  function feeScheduleBilateral(about) {
    return about.feeScheduleBilateral || 'none in the installed fee schedule';
  }

  function deletedBadge() {
    return el('span', { class: 'badge deleted', text: 'Deleted' });
  }

  async function explain(code) {
    const dialog = $('explain');
    $('explain-title').textContent = code;
    dialog.dataset.deleted = 'false';
    $('explain-body').replaceChildren(el('p', { text: 'Loading…' }));
    if (!dialog.open) dialog.showModal();
    try {
      const response = await fetch('/v1/codes/' + encodeURIComponent(code), { headers: { Accept: 'application/json' } });
      const about = await response.json();
      if (!response.ok) {
        $('explain-body').replaceChildren(el('p', { text: about.detail }));
        return;
      }
      // Notes on codes no family bills (deleted before our tables start, bundled imaging) carry
      // their story in the label and have neither dates nor a fee-schedule indicator.
      const installed = about.status === 'ACTIVE';
      const dates = inEffect(about);
      const facts = [
        ['label', 'Description', about.label], ['status', 'Status', !installed && words(about.status)],
        ['effective', 'In effect', installed && [dates.text,
          about.datesAuthority ? el('span', { class: 'source', text: ' — ' + about.datesAuthority }) : null]],
        ['family', 'Family', about.family && words(about.family)], ['region', 'Region', about.region && words(about.region)],
        ['guidance', 'Guidance', (about.guidance || []).map((g) => GUIDANCE_NAMES[g] || words(g)).join(', ')],
        ['units', 'Units', about.units], ['bilateral', 'Both sides', about.bilateral],
        ['feeScheduleBilateral', 'Fee-schedule bilateral indicator', installed && feeScheduleBilateral(about)],
        ['addOnTo', 'Add-on to', (about.addOnTo || []).join(', ')], ['addOns', 'Add-ons', (about.addOns || []).join(', ')],
        ['imagingIncluded', 'Imaging included', (about.imagingIncluded || []).join(', ')], ['authority', 'Authority', about.authority]
      ].filter(([, , value]) => value);
      const list = el('dl', { class: 'facts' });
      for (const [key, name, value] of facts) {
        list.append(el('dt', { text: name }), el('dd', { 'data-fact': key }, ...[].concat(value)));
      }
      const policies = (about.policies || []).map((p) => el('li', {},
        el('strong', { text: words(p.kind) + ' · ' + words(p.payer) }),
        el('span', { text: ' ' + p.detail }),
        el('span', { class: 'source', text: ' — ' + p.authority + ', from ' + p.effectiveFrom
          + (p.effectiveUntil ? ' until ' + p.effectiveUntil : '') })));
      dialog.dataset.deleted = String(dates.deleted);
      // replaceChildren would write a null as the text "null".
      $('explain-body').replaceChildren(...[
        dates.deleted ? el('p', { class: 'code-state' }, deletedBadge(), el('span', {
          text: about.effectiveThrough ? 'Not in effect after ' + about.effectiveThrough + ': do not bill it for a later date of service.'
            : 'No longer a code: see the description for what replaced it.' })) : null,
        list,
        policies.length ? el('h3', { text: 'Payer policies' }) : null,
        policies.length ? el('ul', { class: 'policies' }, ...policies) : null].filter(Boolean));
    } catch (e) {
      $('explain-body').replaceChildren(el('p', { text: 'Server not reachable.' }));
    }
  }

  // ---- the code list --------------------------------------------------------------------------

  let codesLoaded = false;

  async function listCodes() {
    if (codesLoaded || !$('codes').open) return;
    codesLoaded = true;
    try {
      const response = await fetch('/v1/codes', { headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error(String(response.status));
      const codes = await response.json();
      $('code-list').querySelector('tbody').replaceChildren(...codes.map((about) => {
        const dates = inEffect(about);
        return el('tr', { class: dates.deleted ? 'deleted' : null, 'data-code': about.code, 'data-deleted': String(dates.deleted) },
          el('td', { class: 'code' }, el('button', { type: 'button', class: 'code-link', text: about.code,
            'aria-label': 'Explain ' + about.code, onclick: () => explain(about.code) }), dates.deleted ? deletedBadge() : null),
          el('td', { class: 'label', text: about.label }),
          el('td', { class: 'dates', text: dates.text }),
          el('td', { class: 'fee-bilateral', text: feeScheduleBilateral(about) }));
      }));
      $('code-list').hidden = false;
      $('codes-status').hidden = true;
    } catch (e) {
      codesLoaded = false;
      $('codes-status').textContent = 'Server not reachable; close and open the list to try again.';
    }
  }

  // The check mode (check.js) checks billed lines against the session described here.
  window.SpineCodePage = { encounter: encounter, el: el, explain: explain };

  document.addEventListener('DOMContentLoaded', start);
})();
