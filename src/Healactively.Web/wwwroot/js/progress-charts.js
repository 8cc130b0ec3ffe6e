// Draws the progress charts from the JSON the page carries (script[type="application/json"]).
// Without JavaScript, or if Chart.js did not load, the data tables under each chart stay open instead.
(function () {
  'use strict';
  if (typeof window.Chart === 'undefined') { return; }

  var root = document.documentElement;
  var reduceMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  var charts = [];

  function cssVar(name, fallback) {
    var value = getComputedStyle(root).getPropertyValue(name).trim();
    return value || fallback;
  }

  function palette() {
    return {
      text: cssVar('--bs-body-color', '#212529'),
      muted: cssVar('--bs-secondary-color', '#6c757d'),
      grid: cssVar('--bs-border-color-translucent', 'rgba(0,0,0,.175)'),
      accent: cssVar('--ha-accent', '#1f6f5c'),
      week: cssVar('--bs-info-text-emphasis', '#055160'),
      month: cssVar('--bs-secondary-color', '#6c757d'),
      win: '#f0a500'
    };
  }

  function datasets(data, colors) {
    // Long ranges get smaller marks so the line stays readable.
    var dense = data.labels.length > 45;
    var sets = [
      {
        label: data.label, data: data.values, borderColor: colors.accent, backgroundColor: colors.accent,
        borderWidth: dense ? 2 : 2.5, pointRadius: dense ? 0 : 2.5, spanGaps: true, tension: 0.2, order: 2
      },
      {
        label: 'Usual last week', data: data.week, borderColor: colors.week, borderDash: [6, 4],
        borderWidth: 1.5, pointRadius: 0, spanGaps: false, order: 3
      },
      {
        label: 'Usual last month', data: data.month, borderColor: colors.month, borderDash: [2, 3],
        borderWidth: 1.5, pointRadius: 0, spanGaps: false, order: 4
      },
      {
        label: 'Win', data: data.wins, showLine: false, pointStyle: 'star', pointRadius: dense ? 4 : 7, pointHoverRadius: dense ? 7 : 10,
        borderColor: colors.win, backgroundColor: colors.win, borderWidth: 2, order: 1
      }
    ];
    // A year is drawn one point per week (its usual level): a week's own "usual last week" line would say nothing.
    return data.byWeek ? sets.filter(function (set) { return set.label !== 'Usual last week'; }) : sets;
  }

  // "Mon 8 Dec" and "Week of 8 Dec" both tick as "8 Dec": short enough that a phone fits three or four.
  function shortTick(label) {
    var words = String(label).split(' ');
    return words.length > 2 ? words.slice(-2).join(' ') : label;
  }

  // About one tick per 80 px of chart, never more than 6: labels that cannot run together.
  function tickLimit(width) {
    return Math.max(2, Math.min(6, Math.floor((width || 320) / 80)));
  }

  function options(data, colors, width) {
    var unit = data.unit ? ' ' + data.unit : '';
    return {
      responsive: true,
      maintainAspectRatio: false,
      animation: reduceMotion ? false : { duration: 300 },
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: {
          ticks: {
            color: colors.muted, maxRotation: 0, autoSkip: true, autoSkipPadding: 16, maxTicksLimit: tickLimit(width),
            callback: function (value) { return shortTick(this.getLabelForValue(value)); }
          },
          grid: { display: false }
        },
        y: { ticks: { color: colors.muted }, grid: { color: colors.grid }, beginAtZero: data.fromZero || data.lowerIsBetter }
      },
      plugins: {
        legend: { labels: { color: colors.text, usePointStyle: true, boxHeight: 8, sort: function (a, b) { return a.datasetIndex - b.datasetIndex; } } },
        tooltip: {
          filter: function (item) { return item.raw !== null && item.raw !== undefined; },
          callbacks: {
            label: function (item) {
              if (item.dataset.label === 'Win') { return 'Win: ' + (data.winLabels[item.dataIndex] || ''); }
              return item.dataset.label + ': ' + item.formattedValue + unit;
            }
          }
        }
      }
    };
  }

  function draw(canvas) {
    var source = document.getElementById(canvas.getAttribute('data-chart'));
    if (!source) { return; }
    var data;
    try { data = JSON.parse(source.textContent); } catch (e) { return; }

    var box = canvas.parentNode;
    box.hidden = false;
    box.style.position = 'relative';
    box.style.height = '240px';
    var colors = palette();
    var chart = new window.Chart(canvas, {
      type: 'line',
      data: { labels: data.labels, datasets: datasets(data, colors) },
      options: options(data, colors, box.clientWidth)
    });
    charts.push({ chart: chart, data: data, box: box });

    // The chart now tells the story; the numbers stay one tap away.
    var numbers = box.parentNode.querySelector('details.progress-numbers');
    if (numbers) { numbers.open = false; }
  }

  function recolor() {
    var colors = palette();
    charts.forEach(function (item) {
      var sets = datasets(item.data, colors);
      item.chart.data.datasets.forEach(function (set, i) {
        set.borderColor = sets[i].borderColor;
        set.backgroundColor = sets[i].backgroundColor;
      });
      item.chart.options = options(item.data, colors, item.box.clientWidth);
      item.chart.update('none');
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('canvas[data-chart]'), draw);

  // color-mode.js switches data-bs-theme when the system theme changes: follow it.
  if (window.MutationObserver) {
    new MutationObserver(recolor).observe(root, { attributes: true, attributeFilter: ['data-bs-theme'] });
  }
})();
