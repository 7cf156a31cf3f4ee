// The weekly trend as inline SVG: two percentage lines over induction weeks, a gap wherever a week had nobody in
// the denominator (a percentage of nobody is not 0 %), each week's denominator under its label, and faded points for
// weeks whose check-ins are still pending (their figures can still rise).

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 760;
const HEIGHT = 280;
const MARGIN = { top: 16, right: 40, bottom: 56, left: 48 };
const SERIES = [
  { key: 'noWithdrawalOfInducted', className: 'no-withdrawal', label: 'No withdrawal symptoms (of inducted)' },
  { key: 'completionRate', className: 'completion', label: 'Completion rate' },
];

/** Draws the groups of a groupBy=inductionWeek report into the container, replacing what was there. */
export function drawTrend(container, groups) {
  container.replaceChildren();
  if (!groups.some(g => g.figures.inducted > 0)) {
    const empty = document.createElement('p');
    empty.className = 'empty';
    empty.textContent = 'No inductions in this period, so there is no trend to show.';
    container.append(empty);
    return;
  }
  const plot = { width: WIDTH - MARGIN.left - MARGIN.right, height: HEIGHT - MARGIN.top - MARGIN.bottom };
  const step = groups.length > 1 ? plot.width / (groups.length - 1) : 0;
  const x = i => MARGIN.left + (groups.length > 1 ? i * step : plot.width / 2);
  const y = percent => MARGIN.top + plot.height * (1 - percent / 100);

  const svg = el('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', class: 'trend',
    'aria-label': 'Weekly no-withdrawal percentage of inducted patients and completion rate' });
  [0, 25, 50, 75, 100].forEach(p => {
    svg.append(el('line', { x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: y(p), y2: y(p), class: 'grid' }));
    svg.append(text(`${p}%`, { x: MARGIN.left - 6, y: y(p) + 4, class: 'axis', 'text-anchor': 'end' }));
  });
  const every = Math.ceil(groups.length / 16);
  groups.forEach((g, i) => {
    if (i % every === 0) {
      svg.append(text(g.label, { x: x(i), y: HEIGHT - MARGIN.bottom + 18, class: 'axis', 'text-anchor': 'middle' }));
      svg.append(text(`n=${g.figures.inducted}`, { x: x(i), y: HEIGHT - MARGIN.bottom + 34, class: 'axis n',
        'text-anchor': 'middle' }));
    }
  });
  SERIES.forEach(series => {
    segments(groups, series.key).forEach(points => {
      svg.append(el('polyline', { class: `line ${series.className}`,
        points: points.map(({ i, percent }) => `${x(i)},${y(percent)}`).join(' ') }));
    });
    groups.forEach((g, i) => {
      const proportion = g.figures[series.key];
      if (proportion.percent !== null) {
        const partial = g.figures.pending > 0;
        const dot = el('circle', { cx: x(i), cy: y(proportion.percent), r: 3.5,
          class: `dot ${series.className}${partial ? ' partial' : ''}` });
        dot.append(el('title', {}, `${g.label} · ${series.label}: ${proportion.display}`
          + (partial ? ` · ${g.figures.pending} check-in(s) still pending` : '')));
        svg.append(dot);
      }
    });
  });
  container.append(svg);
}

/** Runs of consecutive weeks with a defined percentage; each run becomes one polyline. */
function segments(groups, key) {
  const runs = [];
  let run = [];
  groups.forEach((g, i) => {
    const percent = g.figures[key].percent;
    if (percent === null) {
      if (run.length) runs.push(run);
      run = [];
    } else {
      run.push({ i, percent: Number(percent) });
    }
  });
  if (run.length) runs.push(run);
  return runs;
}

function text(content, attributes) {
  return el('text', attributes, content);
}

function el(name, attributes, content) {
  const node = document.createElementNS(SVG, name);
  Object.entries(attributes).forEach(([k, v]) => node.setAttribute(k, v));
  if (content !== undefined) {
    node.textContent = content;
  }
  return node;
}
