#!/usr/bin/env python3
"""One-off transcription helper: reads the VB 2017 seed (004) and writes content/amn/2017/
verksamhetsberattelse.json (goals, indicators, activities, tables) as a starting point.
Every row it writes was then checked by hand against the seed; values are kept as printed.
Usage: tools/vb2017_extract.py SEED OUT_JSON"""
import json, re, sys

seed, out = sys.argv[1], sys.argv[2]
L = open(seed, encoding='utf-8').read().split('\n')
line = lambda n: L[n - 1]

ASSESS = re.compile(r'^(?:●\s*)?(Uppfyl+e?s) (helt|delvis|inte)$')
GOAL = re.compile(r'^(\d)\.(\d)?(?:\.(\d))?\.? (.+)$')
TAGS = re.compile(r'</?(?:b|p|i)>')


def clean_heading(s):
    s = s.lstrip('#').strip().strip('*').strip()
    return s


def strip_tags(s):
    return re.sub(r'\s+', ' ', TAGS.sub(' ', s)).strip()


def quantity(raw):
    """{raw, value?, unit?} from a printed cell; never corrects the value."""
    raw = raw.strip()
    q = {'raw': raw}
    m = re.match(r'^(-?[\d ]+(?:,\d+)?)\s*(%|st|mån|kwh/kvm)?$', raw)
    if m and raw:
        q['value'] = float(m.group(1).replace(' ', '').replace(',', '.'))
        if q['value'] == int(q['value']):
            q['value'] = int(q['value'])
        if m.group(2):
            q['unit'] = m.group(2)
    return q


def field_key(h):
    h = h.lower()
    if h == 'analys':
        return 'analysis'
    if h == 'beskrivning':
        return 'description'
    if h == 'förväntat resultat':
        return 'expected_result'
    return None


goals, indicators, activities, tables = [], [], [], []
cur = None  # current goal dict
field = None
ind_n = act_n = 0
START, END = 352, 2366
n = START + 1
pending_table = None


def add_text(text):
    if cur is None or field is None:
        print('dropped:', text[:80], file=sys.stderr)
        return
    cur.setdefault(field, [])
    cur[field].append(text)


while n <= END:
    s = line(n)
    st = s.strip()
    if '\t' in s:
        cells = s.split('\t')
        head = cells[0].strip()
        if head == 'Indikator' or (len(cells) > 1 and cells[1] == 'Aktivitet') or head == 'Aktivitet':
            kind = 'indicator' if head == 'Indikator' else 'activity'
            status_col = len(cells) > 1 and cells[1] == 'Aktivitet'
            n += 1
            while n <= END and '\t' in line(n):
                c = line(n).split('\t')
                first = c[0].strip()
                text = strip_tags(line(n))
                if set(first) <= set('-') and first:
                    n += 1; continue
                target = indicators if kind == 'indicator' else activities
                if text.startswith('Analys'):
                    a = text[len('Analys'):].strip()
                    if not a and line(n + 1).count('\t') and not line(n + 1).startswith(' '):
                        n += 1
                        a = strip_tags(line(n))
                    target[-1]['analysis'] = a
                    target[-1]['analysis_line'] = n
                elif kind == 'indicator':
                    name = c[0].strip()
                    flags = ''
                    while name[:1] in ('♀', '●'):
                        flags += name[0]; name = name[1:].strip()
                    vals = [x for x in c[1:]] + [''] * 8
                    if not any(v.strip() for v in vals[:7]) and indicators and not c[0].startswith(' '):
                        indicators[-1]['name'] += ' ' + name  # a name continued after a page break
                        indicators[-1]['name_lines'] = [indicators[-1]['source_line'], n]
                        n += 1; continue
                    ind_n += 1
                    row = {'id': 'I%02d' % ind_n, 'goal': cur['id'], 'name': name,
                           'gender_mainstreamed': '♀' in flags, 'icon': '●' in flags,
                           'outcome': quantity(vals[0]), 'men': quantity(vals[1]), 'women': quantity(vals[2]),
                           'previous': quantity(vals[3]), 'target': quantity(vals[4]),
                           'kf_target': quantity(vals[5]), 'period': vals[6].strip(), 'source_line': n}
                    indicators.append(row)
                else:
                    off = 1 if status_col else 0
                    if line(n).startswith('\t') and status_col and not c[1].strip():
                        n += 1; continue
                    status = c[0].strip() if status_col else ''
                    if not status_col and c[0].strip() in ('✓', '!'):
                        status, off = c[0].strip(), 1
                    vals = c[off:] + [''] * 4
                    if not vals[1].strip() and activities and not line(n).startswith(' '):
                        # a row continued after a page break: text or analysis
                        last = activities[-1]
                        if 'analysis' in last:
                            last['analysis'] += ' ' + text
                        else:
                            last['text'] += ' ' + text
                        n += 1; continue
                    act_n += 1
                    activities.append({'id': 'A%02d' % act_n, 'goal': cur['id'], 'text': vals[0].strip(),
                                       'start': vals[1].strip(), 'end': vals[2].strip(),
                                       'status_raw': status, 'deviation_raw': vals[3].strip(), 'source_line': n})
                n += 1
            continue
        # any other table: kept for hand transcription
        t0 = n
        rows = []
        while n <= END and '\t' in line(n):
            rows.append(line(n).split('\t')); n += 1
        tables.append({'goal': cur['id'], 'source_lines': [t0, n - 1], 'cells': rows})
        add_text('[[tabell:%d]]' % t0)
        continue
    if st in ('KF:s inriktningsmål:', 'KF:s mål för verksamhetsområdet:', 'Nämndmål:'):
        n += 1; continue
    if st.startswith('#'):
        h = clean_heading(st)
        m = GOAL.match(h)
        if m:
            gid = '.'.join(x for x in m.group(1, 2, 3) if x)
            level = {1: 'inriktningsmal', 2: 'kf', 3: 'namnd'}[gid.count('.') + 1]
            parent = gid.rsplit('.', 1)[0] if '.' in gid else ''
            cur = {'id': gid, 'level': level, 'text': m.group(4).strip(), 'parent': parent, 'source_line': n}
            goals.append(cur)
            field = 'analysis' if level == 'inriktningsmal' else None
            n += 1; continue
        k = field_key(h)
        if k:
            field = k
            cur.setdefault(k + '_line', n)
            n += 1; continue
        add_text('### ' + h)
        n += 1; continue
    am = ASSESS.match(st)
    if am and cur and 'assessment_raw' not in cur:
        cur['assessment_raw'] = am.group(1) + ' ' + am.group(2)
        cur['assessment'] = 'uppfylls_' + am.group(2)
        cur['icon'] = st.startswith('●')
        cur['assessment_line'] = n
        n += 1; continue
    if st:
        if field is None and cur is not None:
            field = 'analysis' if cur['level'] == 'inriktningsmal' else field
        add_text(st)
    n += 1

for g in goals:
    for k in ('analysis', 'description', 'expected_result'):
        if k in g:
            g[k] = '\n\n'.join(g[k])
print(len(goals), 'goals;', sum(1 for g in goals if 'assessment' in g), 'assessments;',
      len(indicators), 'indicators;', len(activities), 'activities;', len(tables), 'other tables', file=sys.stderr)
json.dump({'goals': goals, 'indicators': indicators, 'activities': activities, 'tables_raw': tables},
          open(out, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
