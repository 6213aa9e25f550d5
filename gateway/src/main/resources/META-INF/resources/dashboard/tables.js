// Data tables: one header row, numbers right-aligned, optional sorting by any column (a button
// per header, so it works from the keyboard, with aria-sort telling the order).
import { t } from './i18n.js';
import { countElement, moneyElement } from './format.js';

/**
 * A column: {id, label (a label key), type: 'text' | 'money' | 'count', value: row => value,
 * cell?: row => Node (instead of the value as text), reason?: row => why a null figure is not known}.
 */
export function renderTable(table, columns, rows, { sortable = false, rowClass = () => '' } = {}) {
  const ids = columns.map((column) => column.id).join(',');
  if (table.dataset.columns !== ids) {
    table.dataset.columns = ids;
    table.tHead?.remove();
    table.createTHead().append(headerRow(table, columns, sortable));
  }
  table._render = () => renderBody(table, columns, rows, rowClass);
  table._render();
}

function headerRow(table, columns, sortable) {
  const row = document.createElement('tr');
  columns.forEach((column) => {
    const header = document.createElement('th');
    header.scope = 'col';
    header.dataset.column = column.id;
    if (column.type !== 'text') {
      header.className = 'num';
    }
    if (sortable) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      button.textContent = t(column.label);
      button.addEventListener('click', () => sortBy(table, column.id));
      header.append(button);
      header.setAttribute('aria-sort', 'none');
    } else {
      header.textContent = t(column.label);
    }
    row.append(header);
  });
  return row;
}

function sortBy(table, columnId) {
  const ascending = !(table.dataset.sortColumn === columnId && table.dataset.sortOrder === 'ascending');
  table.dataset.sortColumn = columnId;
  table.dataset.sortOrder = ascending ? 'ascending' : 'descending';
  table.tHead.querySelectorAll('th').forEach((header) => {
    header.setAttribute('aria-sort', header.dataset.column === columnId ? table.dataset.sortOrder : 'none');
  });
  table._render();
}

function renderBody(table, columns, rows, rowClass) {
  const sorted = sortRows(table, columns, rows);
  const body = document.createElement('tbody');
  sorted.forEach((item) => {
    const row = document.createElement('tr');
    const extraClass = rowClass(item);
    if (extraClass) {
      row.className = extraClass;
    }
    columns.forEach((column, index) => {
      const cell = document.createElement(index === 0 ? 'th' : 'td');
      if (index === 0) {
        cell.scope = 'row';
      }
      cell.dataset.column = column.id;
      if (column.type !== 'text') {
        cell.classList.add('num');
      }
      cell.append(content(column, item));
      row.append(cell);
    });
    body.append(row);
  });
  table.tBodies[0]?.remove();
  table.append(body);
}

function content(column, item) {
  if (column.cell) {
    return column.cell(item);
  }
  const value = column.value(item);
  const reason = column.reason && column.reason(item);
  switch (column.type) {
    case 'money':
      return moneyElement(value, reason);
    case 'count':
      return countElement(value, reason);
    default:
      return document.createTextNode(value ?? '');
  }
}

function sortRows(table, columns, rows) {
  const column = columns.find((c) => c.id === table.dataset.sortColumn);
  if (!column) {
    return rows;
  }
  const direction = table.dataset.sortOrder === 'descending' ? -1 : 1;
  return [...rows].sort((a, b) => compare(column.value(a), column.value(b), direction));
}

/** Unknown (null) values sort last in either order of the others. */
function compare(a, b, direction) {
  const unknown = (value) => value === null || value === undefined;
  if (unknown(a) || unknown(b)) {
    return Number(unknown(a)) - Number(unknown(b));
  }
  return direction * (typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'it'));
}
