#!/usr/bin/env python3
"""Writes table1-allocations.json: the money of the communities without a monitoring booklet, one
allocation per non-empty Table 1 cell (python3 standard library only).

Run from anywhere:  python3 reference-data/generate-table1-allocations.py
A Table 1 cell is a funding line's total for a community, not a project: the allocation is a
LINE_TOTAL (its payments are not known), of the 2007-2010 programme the table is titled with, dated
by the document printing it (Table 1 prints no act dates). The three booklet communities are left
out: their money comes from their own Table 2 rows (allocations.json). check.py verifies the file
against table1.json cell by cell.
"""
import json
import os
import re
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMME_PERIOD = '2007-2010'
MONEY = re.compile(r'"@money:(-?\d+\.\d\d)"')


def load(name):
    with open(os.path.join(HERE, name), encoding='utf-8') as f:
        return json.load(f, parse_float=Decimal)


def document_dates():
    return {d['document']: d['date'] for d in load('documents.json')['documents']}


def allocations():
    table1 = load('table1.json')
    communities = {c['code']: c for c in load('communities.json')}
    lines = {l['code']: l for l in load('funding-lines.json')}
    dates = document_dates()
    result = []
    for row in table1['rows']:
        code = row['communityCode']
        if communities[code]['hasMonitoringBooklet']:
            continue
        column = table1['columnOrder'].index(code) + 1
        for cell in row['amounts']:
            line = lines[cell['fundingLineCode']]
            source = dict(row['source'])
            source['location'] = 'Tabella 1, row %d "%s", column %d "%s"' % (
                line['table1Row'], line['code'], column, communities[code]['namePrinted'])
            notes = ['Line total printed in Table 1 (a summary table): the projects and payments behind it are not'
                     ' printed, so paid and to pay are not known.',
                     'Table 1 prints no act date: assignedOn is the date of the document printing it (DOCUMENT_DATE,'
                     ' see documents.json).']
            if cell.get('note'):
                notes.append(cell['note'])
            result.append({
                'externalId': 't1-%s-%s' % (code, line['code'].lower().replace('_', '-')),
                'communityCode': code,
                'section': 'LOCAL_PROGRAMME',
                'detail': 'LINE_TOTAL',
                'fundingLineCode': line['code'],
                'title': line['name'],
                'category': None,
                'amountAssigned': '@money:%s' % cell['amount'],
                'programmePeriod': PROGRAMME_PERIOD,
                'assignedOn': dates[source['document']],
                'assignedOnSource': 'DOCUMENT_DATE',
                'table': 'Tabella 1',
                'rowNumber': line['table1Row'],
                'columnNumber': column,
                'notes': notes,
                'source': source,
            })
    return result


def main():
    text = json.dumps(allocations(), ensure_ascii=False, indent=2) + '\n'
    with open(os.path.join(HERE, 'table1-allocations.json'), 'w', encoding='utf-8') as f:
        f.write(MONEY.sub(r'\1', text))


if __name__ == '__main__':
    main()
