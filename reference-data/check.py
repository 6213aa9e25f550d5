#!/usr/bin/env python3
"""Consistency checks for the reference dataset (python3 standard library only).

Run from anywhere:  python3 reference-data/check.py
Every money figure is read as decimal.Decimal straight from its JSON literal (never a float),
and every number literal with a fractional part must have exactly two decimals.
Exit status 0 when all checks pass, 1 otherwise.
"""
import importlib.util
import json
import os
import re
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = {
    '000_740a832bca25e879.txt', '001_49b2e0e3acd39906.txt', '002_5cf3de3147a6c147.txt',
    '003_0497f57b5d4c9804.txt', '004_7f9b1570be4bef5a.txt',
}
MVS, AVC, CMET = 'media-valle-del-serchio', 'alta-val-di-cecina', 'colline-metallifere'

passed = 0
failed = 0
bad_literals = []


def parse_float(text):
    if not re.fullmatch(r'-?\d+\.\d\d', text):
        bad_literals.append(text)
    return Decimal(text)


def load(name):
    with open(os.path.join(HERE, name), encoding='utf-8') as f:
        return json.load(f, parse_float=parse_float)


def check(label, cond, detail=''):
    global passed, failed
    if cond:
        passed += 1
        print('PASS  ' + label)
    else:
        failed += 1
        print('FAIL  ' + label + ('  -- ' + detail if detail else ''))


def D(s):
    return Decimal(s)


def dsum(values):
    return sum(values, Decimal('0.00'))


def walk(obj, fn, path='$'):
    fn(obj, path)
    if isinstance(obj, dict):
        for k, v in obj.items():
            walk(v, fn, path + '.' + k)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            walk(v, fn, '%s[%d]' % (path, i))


FILES = ['communities.json', 'municipalities.json', 'funding-lines.json', 'table1.json', 'allocations.json',
         'table1-allocations.json', 'declared-totals.json', 'deployment.json', 'programme.json', 'co-financing.json',
         'documents.json']
data = {f: load(f) for f in FILES}
communities = data['communities.json']
municipalities = data['municipalities.json']
lines = data['funding-lines.json']
table1 = data['table1.json']
allocations = data['allocations.json']
declared = data['declared-totals.json']
deployment = data['deployment.json']
cofin = data['co-financing.json']
line_allocations = data['table1-allocations.json']
documents = data['documents.json']['documents']

# ---------------------------------------------------------------- format and provenance
check('every fractional number literal has exactly two decimals', not bad_literals, 'offending: %s' % bad_literals[:10])
floats = []
walk(data, lambda o, p: floats.append(p) if isinstance(o, float) else None)
check('no binary floats anywhere', not floats, str(floats[:5]))

bad_sources = []


def source_ok(o, p):
    if isinstance(o, dict) and 'source' in o and isinstance(o['source'], dict):
        s = o['source']
        if s.get('document') not in SEEDS or not s.get('location'):
            bad_sources.append(p)
        for d in s.get('alsoIn', []) or []:
            if d not in SEEDS:
                bad_sources.append(p + '.alsoIn')


walk(data, source_ok)
check('every source names a seed document and a location', not bad_sources, str(bad_sources[:5]))
missing = [a['externalId'] for a in allocations if 'source' not in a]
missing += [c['code'] for c in communities if 'source' not in c]
missing += [m['name'] for m in municipalities if 'source' not in m]
missing += [l['code'] for l in lines if 'source' not in l]
check('every community, municipality, funding line and allocation carries a source', not missing, str(missing))

# ---------------------------------------------------------------- territory
codes = [c['code'] for c in communities]
check('19 communities', len(codes) == 19 and len(set(codes)) == 19, str(len(codes)))
check('community codes are slugs', all(re.fullmatch(r'[a-z0-9]+(-[a-z0-9]+)*', c) for c in codes))
check('required slugs present', {MVS, AVC, CMET} <= set(codes))
check('community kinds valid', all(c['kind'] in ('COMUNITA_MONTANA', 'UNIONE_COMUNI') for c in communities))
check('14 municipalities for the three booklets', len(municipalities) == 14, str(len(municipalities)))
check('ISTAT codes are 6 digits and unique',
      all(re.fullmatch(r'\d{6}', m['istatCode']) for m in municipalities) and len({m['istatCode'] for m in municipalities}) == 14)
mun_by_name = {m['name']: m for m in municipalities}
check('every municipality belongs to a known community', all(m['communityCode'] in codes for m in municipalities))
mvs_pop = sum(m['population']['value'] for m in municipalities if m['communityCode'] == MVS)
check('Media Valle del Serchio population 31/12/2005 = 22,966', mvs_pop == 22966, str(mvs_pop))
check('Barga population 10,052 on 2005-12-31',
      mun_by_name['Barga']['population'] == {'value': 10052, 'referenceDate': '2005-12-31', 'referenceDatePrinted': 'Al 31/12/2005'})
check('Sassetta is in province LI, the other Colline Metallifere members in GR',
      mun_by_name['Sassetta']['province'] == 'LI' and all(m['province'] == 'GR' for m in municipalities
                                                          if m['communityCode'] == CMET and m['name'] != 'Sassetta'))

# ---------------------------------------------------------------- Table 1
line_codes = {l['code'] for l in lines}
t1_cells = [a for r in table1['rows'] for a in r['amounts']]
check('Table 1 has one row per community, in printed order', [r['communityCode'] for r in table1['rows']] == codes)
check('Table 1 cells reference known funding lines', all(a['fundingLineCode'] in line_codes for a in t1_cells))
row_mismatch = [r['communityCode'] for r in table1['rows'] if dsum(a['amount'] for a in r['amounts']) != r['printedTotal']]
check('Table 1: each community\'s cells add up to its printed total (19/19)', not row_mismatch, str(row_mismatch))
line_sum = {}
for a in t1_cells:
    line_sum[a['fundingLineCode']] = line_sum.get(a['fundingLineCode'], D('0.00')) + a['amount']
line_mismatch = {lt['fundingLineCode']: (str(line_sum.get(lt['fundingLineCode'])), str(lt['printedTotal']))
                 for lt in table1['lineTotals'] if line_sum.get(lt['fundingLineCode']) != lt['printedTotal']}
check('Table 1: line sums equal printed line totals except the e-government line (+9.90)',
      line_mismatch == {'EGOV_SMALL_MUNICIPALITIES': ('1600051.42', '1600041.52')}, str(line_mismatch))
cells_total = dsum(a['amount'] for a in t1_cells)
check('Table 1: printed grand total = 5,716,583.97', table1['grandTotalPrinted'] == D('5716583.97'))
check('Table 1: printed grand total = sum of printed line totals',
      dsum(lt['printedTotal'] for lt in table1['lineTotals']) == D('5716583.97'))
check('Table 1: cells (= sum of printed community totals) = 5,716,593.87, i.e. 9.90 above the printed grand total',
      cells_total == D('5716593.87') and dsum(r['printedTotal'] for r in table1['rows']) == D('5716593.87')
      and cells_total - table1['grandTotalPrinted'] == D('9.90'), str(cells_total))
t1_total = {r['communityCode']: r['printedTotal'] for r in table1['rows']}
check('Table 1 figures: MVS 246,084.10, AVC 187,353.51, CMET 276,312.10',
      (t1_total[MVS], t1_total[AVC], t1_total[CMET]) == (D('246084.10'), D('187353.51'), D('276312.10')))

# ---------------------------------------------------------------- allocations
ids = [a['externalId'] for a in allocations]
check('allocation externalIds unique', len(ids) == len(set(ids)))
check('allocations reference known communities and funding lines',
      all(a['communityCode'] in codes and a['fundingLineCode'] in line_codes for a in allocations))
check('allocation sections/categories valid',
      all(a['section'] in ('LOCAL_PROGRAMME', 'TERRITORIAL_IMPACT') for a in allocations)
      and all(a['category'] in ('INFRASTRUCTURE', 'WORK', 'ENTERPRISE', 'PA_EFFICIENCY', None) for a in allocations))
unknown_mun = [(a['externalId'], m) for a in allocations for m in a['participants']['municipalities']
               if m not in mun_by_name or mun_by_name[m]['communityCode'] != a['communityCode']]
check('participants are municipalities of the allocation\'s community', not unknown_mun, str(unknown_mun))


def section_sum(code, section):
    return dsum(a['amountAssigned'] for a in allocations if a['communityCode'] == code and a['section'] == section)


GOLDEN = {
    (MVS, 'LOCAL_PROGRAMME'): D('430084.10'), (MVS, 'TERRITORIAL_IMPACT'): D('681381.00'),
    (AVC, 'LOCAL_PROGRAMME'): D('187353.51'), (AVC, 'TERRITORIAL_IMPACT'): D('468400.00'),
    (CMET, 'LOCAL_PROGRAMME'): D('336312.00'), (CMET, 'TERRITORIAL_IMPACT'): D('560239.00'),
}
for (code, section), want in GOLDEN.items():
    got = section_sum(code, section)
    check('%s %s rows = %s' % (code, section, want), got == want, 'got %s' % got)
check('MVS grand total from rows = 1,111,465.10',
      section_sum(MVS, 'LOCAL_PROGRAMME') + section_sum(MVS, 'TERRITORIAL_IMPACT') == D('1111465.10'))
check('AVC grand total from rows = 655,753.51',
      section_sum(AVC, 'LOCAL_PROGRAMME') + section_sum(AVC, 'TERRITORIAL_IMPACT') == D('655753.51'))
check('CMET grand total from rows = 896,551.00 (printed 896,641.10 is unexplained)',
      section_sum(CMET, 'LOCAL_PROGRAMME') + section_sum(CMET, 'TERRITORIAL_IMPACT') == D('896551.00'))

pay_mismatch = [a['externalId'] for a in allocations if dsum(p['amount'] for p in a['payments']) != a['amountPaid']]
check('sum(payments) = printed "di cui liquidato" for every allocation', not pay_mismatch, str(pay_mismatch))
bkd = [a['externalId'] for a in allocations for p in a['payments']
       if 'breakdown' in p and dsum(b['amount'] for b in p['breakdown']) != p['amount']]
check('payment breakdowns add up to their payment', not bkd, str(bkd))
check('payment kinds valid', all(p['kind'] in ('ADVANCE', 'BALANCE', 'TRANCHE') for a in allocations for p in a['payments']))
check('VoIP payments are 40% advances',
      all(p['kind'] == 'ADVANCE' and abs(p['amount'] - a['amountAssigned'] * D('0.4')) < D('0.01')
          for a in allocations if a['fundingLineCode'] == 'VOIP' for p in a['payments']))
exceptions = []
for a in allocations:
    lhs = a['amountPaid'] + a['amountToPay']
    if lhs == a['amountAssigned']:
        continue
    disc = a.get('printedDiscrepancy')
    if disc and disc['paidPlusToPay'] == lhs and disc['difference'] == lhs - a['amountAssigned'] and a.get('uncertain'):
        exceptions.append(a['externalId'])
    else:
        exceptions.append(a['externalId'] + ' (UNDOCUMENTED)')
check('paid + toPay = assigned for every allocation, except the one documented printed discrepancy (cmet-t2-08, +0.10)',
      exceptions == ['cmet-t2-08'], str(exceptions))
check('amounts never negative', all(a[k] >= 0 for a in allocations for k in ('amountAssigned', 'amountPaid', 'amountToPay')))
check('rows without a printed amount are 0.00 with no payments',
      all(a['amountAssigned'] == 0 and a['amountPaid'] == 0 and a['amountToPay'] == 0 and not a['payments']
          for a in allocations if not a['amountPrinted']))

check('every booklet allocation is of the 2007-2010 programme', all(a['programmePeriod'] == '2007-2010' for a in allocations))

# ---------------------------------------------------------------- document dates
ISO_DATE = r'\d{4}-\d{2}-\d{2}'
doc_date = {d['document']: d['date'] for d in documents}
check('documents.json names each seed document once', sorted(doc_date) == sorted(SEEDS) and len(documents) == len(SEEDS))
check('document dates are ISO dates or null, each with its basis and a seed source',
      all((d['date'] is None) == (d['dateBasis'] == 'NOT_PRINTED')
          and (d['date'] is None or re.fullmatch(ISO_DATE, d['date']))
          and d['dateBasis'] in ('PRINTED', 'EVENT_DATE', 'NOT_PRINTED')
          and (d['dateBasis'] != 'PRINTED' or d['datePrinted'])
          and d['dateSource']['document'] in SEEDS and d['dateSource']['location'] for d in documents))
slides = '003_0497f57b5d4c9804.txt'
check('the slides are dated as printed: 19 settembre 2009 = programme event date',
      doc_date[slides] == '2009-09-19' == data['programme.json']['event']['date'])
booklets = [d for d in documents if d['kind'] == 'MONITORING_BOOKLET']
check('the three booklets take the date of the event they were prepared for (the slides\' printed date)',
      len(booklets) == 3 and all(d['date'] == doc_date[slides] and d['dateBasis'] == 'EVENT_DATE'
                                 and d['dateSource']['document'] == slides for d in booklets))
check('PAAS usage is reported up to the booklets\' date', deployment['paas']['usageReportPeriod']['end'] == doc_date[booklets[0]['document']])
check('the APQ act prints no date and none is invented', doc_date['004_7f9b1570be4bef5a.txt'] is None)

# ---------------------------------------------------------------- Table 1 line totals (communities without a booklet)
with_booklet = {c['code'] for c in communities if c['hasMonitoringBooklet']}
check('3 communities have a booklet: MVS, AVC, CMET', with_booklet == {MVS, AVC, CMET})
cells_without_booklet = sorted((r['communityCode'], a['fundingLineCode'], a['amount'])
                               for r in table1['rows'] if r['communityCode'] not in with_booklet for a in r['amounts'])
line_cells = sorted((a['communityCode'], a['fundingLineCode'], a['amountAssigned']) for a in line_allocations)
check('table1-allocations: 84 allocations (100 cells - 16 of the booklet communities)',
      len(line_allocations) == 84 and len(t1_cells) - len(cells_without_booklet) == 16)
check('table1-allocations equal the Table 1 cells of the 16 communities without a booklet, cell by cell',
      line_cells == cells_without_booklet)
check('table1-allocations are LINE_TOTAL local-programme money of 2007-2010, unique ids distinct from the rows\'',
      all(a['detail'] == 'LINE_TOTAL' and a['section'] == 'LOCAL_PROGRAMME' and a['programmePeriod'] == '2007-2010'
          for a in line_allocations)
      and len({a['externalId'] for a in line_allocations} | set(ids)) == 84 + len(ids))
check('table1-allocations are dated by their document (DOCUMENT_DATE), as Table 1 prints no act date',
      all(a['assignedOnSource'] == 'DOCUMENT_DATE' and a['assignedOn'] == doc_date[a['source']['document']]
          for a in line_allocations))
start_note = {r['communityCode']: a['note'] for r in table1['rows'] for a in r['amounts'] if a['fundingLineCode'] == 'START'}
check('every START line total carries the START-row placement note',
      all(start_note[a['communityCode']] in a['notes'] for a in line_allocations if a['fundingLineCode'] == 'START')
      and sum(1 for a in line_allocations if a['fundingLineCode'] == 'START') == 7)
booklet_t1 = dsum(t1_total[c] for c in with_booklet)
check('line totals + the booklet communities\' Table 1 totals = the cells\' 5,716,593.87',
      dsum(a['amountAssigned'] for a in line_allocations) + booklet_t1 == D('5716593.87'))
generator = importlib.util.spec_from_file_location('generator', os.path.join(HERE, 'generate-table1-allocations.py'))
module = importlib.util.module_from_spec(generator)
generator.loader.exec_module(module)
generated = json.loads(module.MONEY.sub(r'\1', json.dumps(module.allocations(), ensure_ascii=False)), parse_float=D)
check('table1-allocations.json is what generate-table1-allocations.py writes', generated == line_allocations)

# ---------------------------------------------------------------- declared totals
dt = {c['communityCode']: c for c in declared['communities']}
exp = {MVS: ('430084.10', '681381.00', '1111465.10', '246084.10'),
       AVC: ('187353.51', '468400.00', '655753.51', '187353.51'),
       CMET: ('336312.10', '560239.00', '896641.10', '276312.10')}
for code, (t2, t3, g, t1) in exp.items():
    c = dt[code]
    check('declared totals %s: T2 %s, T3 %s, grand %s, Table 1 %s' % (code, t2, t3, g, t1),
          (c['table2Total']['printed'], c['table3Total']['printed'], c['grandTotal']['printed'], c['table1Total']['printed'])
          == (D(t2), D(t3), D(g), D(t1)))
    check('declared Table 1 total %s agrees with table1.json' % code, c['table1Total']['printed'] == t1_total[code])
    comp = c['computedFromRows']
    check('computedFromRows %s matches allocations' % code,
          comp['table2'] == section_sum(code, 'LOCAL_PROGRAMME') and comp['table3'] == section_sum(code, 'TERRITORIAL_IMPACT')
          and comp['grand'] == comp['table2'] + comp['table3'])
check('region: printed 5,716,583.97 vs computed 5,716,593.87 recorded',
      declared['region']['table1GrandTotal']['printed'] == D('5716583.97')
      and declared['region']['table1ComputedFromCells'] == cells_total)

# ---------------------------------------------------------------- deployment
paas = deployment['paas']['points']
expected_paas = {MVS: (718, 6178), AVC: (732, 8361), CMET: (207, 2850)}
for code, (u, n) in expected_paas.items():
    users = sum(p['registeredUsers'] or 0 for p in paas if p['communityCode'] == code)
    acc = sum(p['accesses'] or 0 for p in paas if p['communityCode'] == code)
    tot = [t for t in deployment['paas']['communityTotals'] if t['communityCode'] == code][0]
    check('PAAS %s: %d users / %d accesses (rows and printed total)' % (code, u, n),
          (users, acc) == (u, n) and (tot['registeredUsers'], tot['accesses']) == (u, n), '%s/%s' % (users, acc))
barga = [p for p in paas if p['municipality'] == 'Barga'][0]
check('PAAS Barga 556 users / 4,858 accesses', (barga['registeredUsers'], barga['accesses']) == (556, 4858))
check('PAAS points reference municipalities of their community',
      all(mun_by_name[p['municipality']]['communityCode'] == p['communityCode'] for p in paas))
unserv = {c['municipality']: c['usersNotServable'] for c in deployment['broadband']['citizenCoverage'] if c['usersNotServable']}
check('users not servable: Massa Marittima 65, Roccastrada 77', unserv == {'Massa Marittima': 65, 'Roccastrada': 77}, str(unserv))
inv_ok = all(i['paInvestment'] == i['localConnection'] + i['sharedInfrastructureShare'] + (i['alreadyPaidBefore']['amount'] if i['alreadyPaidBefore'] else 0)
             and i['total'] == i['paInvestment'] + i['citizensInvestment'] for i in deployment['broadband']['investment'])
check('broadband investment split adds up (local + shared + already paid = PA; PA + citizens = total)', inv_ok)
alloc_by = {(a['communityCode'], a['fundingLineCode']): a for a in allocations if a['section'] == 'TERRITORIAL_IMPACT'}
check('broadband investment agrees with Table 3 rows',
      all(alloc_by[(i['communityCode'], 'BROADBAND_PA')]['amountAssigned'] == i['paInvestment']
          and alloc_by[(i['communityCode'], 'BROADBAND_CITIZENS')]['amountAssigned'] == i['citizensInvestment']
          for i in deployment['broadband']['investment']))
for pf in deployment['paasFunding']:
    if pf['reconcilesWithTable3']:
        a = alloc_by[(pf['communityCode'], 'PAAS')]
        tot = dsum(c['amount'] for c in pf['cells'] if 'amount' in c)
        paid = dsum(c['paid'] for c in pf['cells'] if 'paid' in c)
        check('PAAS funding table %s reconciles with Table 3 (%s / paid %s)' % (pf['communityCode'], tot, paid),
              tot == a['amountAssigned'] and paid == a['amountPaid'])
fg = {f['communityCode']: f['regionalCommitment'] for f in deployment['foregov']}
check('FORe-gov commitments agree with Table 3 rows', all(alloc_by[(c, 'FOREGOV')]['amountAssigned'] == v for c, v in fg.items()))

# ---------------------------------------------------------------- co-financing
proj = {p['code']: p for p in cofin['projects']}
expected_cofin = {'CSTT_ALI': ('1892850.00', ['584745.76', '1308104.24', '0.00']),
                  'E_TOSCANA_RIUSO': ('4949418.00', ['1960973.00', '2988445.00']),
                  'GEOSIGMA': ('3634411.00', ['1428995.00', '2205416.00'])}
for code, (total, parts) in expected_cofin.items():
    p = proj[code]
    amounts = [c['amount'] for c in p['contributions'] if c['amount'] is not None]
    check('co-financing %s: total %s = %s' % (code, total, ' + '.join(parts)),
          p['totalInvestment'] == D(total) and amounts == [D(x) for x in parts] and dsum(amounts) == D(total))
    dec = dsum(d['amount'] for d in p['regionalOwnFundsCommitted']['decrees'])
    check('co-financing %s: decrees add up to the committed own funds %s' % (code, p['regionalOwnFundsCommitted']['total']),
          dec == p['regionalOwnFundsCommitted']['total'], str(dec))
    check('co-financing %s: procedural steps have act, body, issued flag' % code,
          all(s['act'] and s['competentBody'] and isinstance(s['issued'], bool) for s in p['proceduralSteps']))
sec = {s['section']: s for s in cofin['sectionTotals']}
check('APQ section totals: attuativa 1,892,850.00 / 584,745.76; programmatica 8,583,829.00 / 3,389,968.00',
      sec['ATTUATIVA']['totalInvestmentPrinted'] == proj['CSTT_ALI']['totalInvestment']
      and sec['PROGRAMMATICA']['totalInvestmentPrinted'] == proj['E_TOSCANA_RIUSO']['totalInvestment'] + proj['GEOSIGMA']['totalInvestment']
      and sec['PROGRAMMATICA']['nationalContributionPrinted'] == D('1960973.00') + D('1428995.00'))

print()
print('%d passed, %d failed' % (passed, failed))
sys.exit(1 if failed else 0)
