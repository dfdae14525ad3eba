"""The board's year of VB 2017 (seed 004, L188-351, "Nämndens arbete under 2017") as data: members and
substitutes with party and period, the meetings, the lists of cases with their diarienummer, and the
council for disability issues. Every name, party, date and diarienummer is copied as printed; nothing
is corrected (the validator reports what is wrong). Used by vb2017_content.py: board_year(L)."""
import re

FIRST, LAST = 188, 351

ROLES = {'Ordförande': 'ordforande', 'Vice ordförande': 'vice_ordforande', 'Ledamöter': 'ledamot',
         'Ersättare': 'ersattare'}
# One person: a name, an optional party in brackets, an optional period in brackets. A printed line
# may hold two people ("Katina Staf (S) (t.o.m. 2017-02-13) Emmelie Renlund (fr.o.m. 2017-09-04)").
PERSON = re.compile(r'^(?P<name>[^()]+?)\s*(?:\((?P<party>[A-Za-zÅÄÖåäö]{1,3})\))?\s*'
                    r'(?:\((?P<period>(?:fr\.o\.m\. \d{4}-\d\d-\d\d)?\s*(?:t\.o\.m\. \d{4}-\d\d-\d\d)?)\))?$')
CASE = re.compile(r'^(?P<title>.*) \((?P<dnr>AMN [^()]*)\)$')
NUMBERS = {'nio': 9}


def person(m, role, role_raw, n, raw):
    p = {'role': role, 'role_raw': role_raw, 'name': m.group('name').strip()}
    if m.group('party'):
        p['party'] = m.group('party')
    period = (m.group('period') or '').strip()
    if period:
        p['period_raw'] = period
        f = re.search(r'fr\.o\.m\. (\d{4}-\d\d-\d\d)', period)
        t = re.search(r't\.o\.m\. (\d{4}-\d\d-\d\d)', period)
        if f:
            p['from'] = f.group(1)
        if t:
            p['to'] = t.group(1)
    p['raw'] = raw
    p['source_line'] = n
    return p


def board_year(L):
    line = lambda n: L[n - 1].strip()
    assert line(FIRST) == '## Nämndens arbete under 2017', line(FIRST)
    assert line(LAST + 1).startswith('## Uppföljning av Kommunfullmäktiges'), line(LAST + 1)
    members, cases_lists, council = [], [], None
    role, role_raw = None, None
    lists, current = [], None
    intro, cases_intro, meetings = [], None, None
    n = FIRST + 1
    section = 'board'
    while n <= LAST:
        s = line(n)
        if not s:
            n += 1
            continue
        h = re.match(r'^#### \*(.+)\*$', s)
        if h:
            title = h.group(1)
            if title.startswith('Arbetsmarknadsnämndens råd'):
                section = 'council'
                council = {'name': title, 'source_line': n, 'text': [], 'members': []}
                role = None
            else:
                kind = {'Större beslutsärenden': 'decisions', 'Större remissärenden': 'referrals',
                        'Svar på skrivelser': 'replies'}[title]
                current = {'kind': kind, 'heading': title, 'source_line': n, 'cases': []}
                lists.append(current)
            n += 1
            continue
        r = re.match(r'^\*(Ordförande|Vice ordförande|Ledamöter|Ersättare):\*\s*(.*)$', s)
        if r:
            role_raw, role = r.group(1), ROLES[r.group(1)]
            s = r.group(2)
            if not s:
                n += 1
                continue
        if section == 'council':
            if role:
                name, _, org = s.partition(', ')
                council['members'].append({'role': role, 'role_raw': role_raw, 'name': name, 'organisation': org,
                                           'raw': line(n), 'source_line': n})
            elif s.startswith('Rådet har hållit'):
                m = re.search(r'hållit (\w+) möten', s)
                council['meetings'] = {'count': NUMBERS[m.group(1)], 'count_raw': m.group(1), 'text': s,
                                       'source_line': n}
            elif s.startswith('Följande personer'):
                council['members_intro'] = s
            else:
                council['text'].append(s)
                m = re.search(r'valda till och med den (\d+) december (\d{4})', s)
                if m:
                    council['elected_until'] = '%s-12-%02d' % (m.group(2), int(m.group(1)))
            n += 1
            continue
        if current is not None:
            m = CASE.match(s)
            assert m, s
            current['cases'].append({'title': m.group('title'), 'dnr': m.group('dnr'), 'source_line': n})
        elif role and s.startswith('Arbetsmarknadsnämnden har sammanträtt'):
            role = None
            m = re.search(r'sammanträtt vid (\w+) tillfällen', s)
            meetings = {'count': NUMBERS[m.group(1)], 'count_raw': m.group(1), 'dates': [], 'text': s,
                        'note': 'Källan anger inte sammanträdenas datum.', 'source_line': n}
        elif role:
            people = [PERSON.match(part) for part in re.split(r'(?<=\)) (?=[A-ZÅÄÖ])', s)]
            assert all(people), s
            for p in people:
                members.append(person(p, role, role_raw, n, p.group(0)))
                if len(people) > 1:
                    members[-1]['note'] = 'Printed on one line with %s.' % ' and '.join(
                        q.group('name') for q in people if q is not p)
                if ',' in members[-1]['name']:
                    members[-1]['note'] = 'The name is printed with a comma.'
        elif s.startswith('Nedan redovisas'):
            cases_intro = s
        else:
            intro.append((n, s))
        n += 1
    stated = re.search(r'utgjorts av (\d+) ordinarie ledamöter och (\d+) ersättare', intro[0][1])
    parties = []
    for abbr_name in re.finditer(r'(?:för |varit |, |och )([A-ZÅÄÖ][^(),]*?) \((\w+)\)', intro[1][1]):
        name, abbr = abbr_name.group(1), abbr_name.group(2)
        side = 'majority' if intro[1][1].find(abbr_name.group(0)) < intro[1][1].find('Oppositionens') else 'opposition'
        parties.append({'abbr': abbr, 'name': name, 'side': side})
    council['text'] = '\n\n'.join(council['text'])
    return {
        'heading': line(FIRST)[3:],
        'source_lines': [FIRST, LAST],
        'intro': '\n\n'.join(s for _, s in intro),
        'stated_members': {'count': int(stated.group(1)), 'quote': stated.group(0), 'source_line': intro[0][0]},
        'stated_substitutes': {'count': int(stated.group(2)), 'quote': stated.group(0), 'source_line': intro[0][0]},
        'parties': parties,
        'members': members,
        'meetings': meetings,
        'cases_intro': cases_intro,
        'case_lists': lists,
        'council': council,
    }


if __name__ == '__main__':
    import json, sys
    print(json.dumps(board_year(open(sys.argv[1], encoding='utf-8').read().split('\n')), ensure_ascii=False, indent=1))
