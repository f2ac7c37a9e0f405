// The fiscal-year report: charts (Chart.js, loaded as a classic script) with the same figures as tables beside
// them for screen readers and for CSV.
import { startStaffPage } from './chrome.js';
import { showText } from './elements.js';
import { api } from './http.js';
import { showProblem } from './notices.js';
import { t } from './i18n.js';

const messages = document.getElementById('messages');
const yearSelect = document.getElementById('year');
const charts = new Map();
const COLOURS = ['#0b4f6c', '#d1495b', '#edae49', '#00798c', '#30638e', '#66a182', '#8d6a9f', '#52606d'];

function currentFiscalYear() {
  const now = new Date();
  return now.getMonth() >= 3 ? now.getFullYear() : now.getFullYear() - 1;
}

function fillYears() {
  const current = currentFiscalYear();
  const wanted = Number(new URLSearchParams(location.search).get('year')) || current;
  for (let year = current; year >= current - 6; year--) {
    yearSelect.append(new Option(t('reports.year-option', { year }), String(year)));
  }
  yearSelect.value = String(wanted);
  return wanted;
}

function draw(id, config) {
  charts.get(id)?.destroy();
  charts.set(id, new window.Chart(document.getElementById(id), {
    ...config,
    options: { responsive: true, maintainAspectRatio: false, animation: false, ...config.options }
  }));
}

function table(report, spec) {
  const section = document.createElement('section');
  const tableElement = document.createElement('table');
  tableElement.id = `table-${spec.name}`;
  const caption = document.createElement('caption');
  caption.textContent = spec.caption;
  const head = document.createElement('tr');
  for (const column of spec.columns) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = column;
    head.append(th);
  }
  const thead = document.createElement('thead');
  thead.append(head);
  const tbody = document.createElement('tbody');
  for (const row of spec.rows) {
    const tr = document.createElement('tr');
    row.forEach((cell, index) => {
      const td = document.createElement(index === 0 ? 'th' : 'td');
      if (index === 0) td.scope = 'row';
      else td.className = 'number';
      td.textContent = cell ?? '—';
      tr.append(td);
    });
    tbody.append(tr);
  }
  tableElement.append(caption, thead, tbody);
  const download = document.createElement('a');
  download.href = `/api/reports/fiscal-year/${spec.name}.csv?year=${report.fiscalYear}`;
  download.textContent = `CSV: ${spec.caption}`;
  download.setAttribute('download', '');
  section.append(tableElement, download);
  return section;
}

function render(report) {
  showText('label', report.label);
  showText('period', `${report.firstDay} – ${report.lastDay}`);
  const captions = Object.fromEntries(report.tables.map(t => [t.name, t]));
  for (const name of ['months', 'departments', 'language-pairs']) showText(`${name}-caption`, captions[name].caption);

  const months = captions.months;
  draw('months-chart', {
    type: 'bar',
    data: {
      labels: report.months.map(m => m.name),
      datasets: [
        { label: months.columns[1], data: report.months.map(m => m.received), backgroundColor: COLOURS[0] },
        { label: months.columns[2], data: report.months.map(m => m.delivered), backgroundColor: COLOURS[2] }
      ]
    }
  });
  const departments = captions.departments;
  draw('departments-chart', {
    type: 'bar',
    data: {
      labels: report.departments.map(d => d.name),
      datasets: ['translation', 'checking', 'interpretation'].map((type, index) => ({
        label: departments.columns[index + 1], data: report.departments.map(d => d[type]),
        backgroundColor: COLOURS[index]
      }))
    },
    options: { indexAxis: 'y', scales: { x: { stacked: true }, y: { stacked: true } } }
  });
  draw('language-pairs-chart', {
    type: 'bar',
    data: {
      labels: report.languagePairs.map(p => p.name),
      datasets: [{ label: captions['language-pairs'].columns[1], data: report.languagePairs.map(p => p.jobs),
        backgroundColor: COLOURS[3] }]
    }
  });

  document.getElementById('tables').replaceChildren(...report.tables.map(spec => table(report, spec)));
  document.getElementById('rules').replaceChildren(...report.rules.map(rule => {
    const li = document.createElement('li');
    li.textContent = rule;
    return li;
  }));
}

async function load(year) {
  try {
    render(await api(`reports/fiscal-year?year=${year}`));
    messages.replaceChildren();
  } catch (error) {
    showProblem(messages, error);
  }
}

yearSelect.addEventListener('change', () => {
  history.replaceState(null, '', `?year=${yearSelect.value}`);
  load(yearSelect.value);
});

if (await startStaffPage()) load(fillYears());
