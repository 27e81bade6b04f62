#!/usr/bin/env python3
"""group_miss_causes.py DETAILS_FILE: a markdown table of grouping misses by cause and split (docs/EVALUATION.md,
"Round 18 of grouping" defines the causes), read from the standard error of
`PARALLAX_GROUP_DETAILS=1 parallax eval --splits … --sections groups --show-misses`. Run from the repository root
(it reads examples/gold/<split>.json for gold kinds and denials). Development splits only."""
import sys, re, json, itertools, collections
LINE = re.compile(r'^\s+(\S+) gold\[(.*?)\] «(.*)» → (\S+) \[(.*)\] → (\S+)(?: ‖ .*)?$')
UNM = re.compile(r'^\s+(\S+) gold «(.*)» → unmatched$')
HEAD = re.compile(r'^(\S+) \[(\w[\w-]*)\]$')
COLS = ['A-meas','A-nomeas','A-unit','A-same','S-denial','S-para-other','S-para-same','S-figure',
        'T-meas','T-goldlabel','T-same','T-stmt','→single-source','→conflicting','→compatible','→disputed','→agreed']
def load_gold(split):
    if split.startswith('heldout') or split == 'dev20':
        sys.exit(f'{split}: held-out and yardstick splits are never read')
    try: g = json.load(open(f'examples/gold/{split}.json'))
    except Exception: return {}
    m = {}
    for a in g.get('articles', []):
        for c in a.get('claims', []) or []:
            m[c['text']] = c
    return m
splits = collections.OrderedDict()
cur = None
for raw in open(sys.argv[1]):
    raw = raw.rstrip('\n')
    mh = HEAD.match(raw)
    ml = LINE.match(raw)
    if ml and cur is not None:
        art, gl, text, cid, ext, pred = ml.groups()
        cur['groups'][-1]['claims'].append(dict(art=art, gold=gl, text=text, ext=ext, pred=pred))
    elif mh and cur is not None and not raw.startswith(' '):
        cur['groups'].append(dict(id=mh.group(1), status=mh.group(2), claims=[]))
    elif raw.startswith('== '):
        m = re.match(r'^== (\w+) \((.*)\)', raw)
        cur = splits.setdefault(m.group(2), dict(groups=[])) if m and m.group(1) == 'groups' else None
out = {}
for name, d in splits.items():
    gold = load_gold(name)
    cnt = collections.Counter()
    allc = []
    for g in d['groups']:
        for c in g['claims']:
            gc = gold.get(c['text'], {})
            c['gkind'] = gc.get('kind', 'quantity' if gc.get('measure') else 'statement')
            c['denial'] = gc.get('denial', False)
            c['gmeas'] = (gc.get('measure'), gc.get('unit')) if gc else tuple(c['gold'].split(' ', 1))
            c['group'] = g['id']
            e = c['ext']
            if '|' in e:
                c['ekind'] = 'statement'; parts = e.split(' | ')
                c['epred'] = parts[1] if len(parts) > 1 else ''
                c['emeas'] = None; c['eunit'] = None
            else:
                c['ekind'] = 'quantity'
                mm = re.match(r'^(.*?) (\S+/\S+/\S+) (.*)$', e)
                c['emeas'], c['eunit'] = (mm.group(1), mm.group(3)) if mm else (e, '-')
            allc.append(c)
        for a, b in itertools.combinations([c for c in g['claims'] if c['pred'] != 'none'], 2):
            if a['pred'] == b['pred']: continue
            if a['gkind'] == 'statement' or b['gkind'] == 'statement':
                if a['ekind'] != 'statement' or b['ekind'] != 'statement': cnt['S-figure'] += 1
                elif a['denial'] or b['denial']: cnt['S-denial'] += 1
                elif a['epred'] != b['epred']: cnt['S-para-other'] += 1
                else: cnt['S-para-same'] += 1
            elif a['ekind'] != 'quantity' or b['ekind'] != 'quantity': cnt['S-figure'] += 1
            elif a['emeas'] == '-' or b['emeas'] == '-': cnt['A-nomeas'] += 1
            elif a['emeas'] != b['emeas']: cnt['A-meas'] += 1
            elif a['eunit'] != b['eunit']: cnt['A-unit'] += 1
            else: cnt['A-same'] += 1
        preds = collections.Counter(c['pred'] for c in g['claims'] if c['pred'] != 'none')
        if preds:
            top = preds.most_common(1)[0][0]
            st = top.split('=', 1)[1]
            if st != g['status']: cnt['→' + st] += 1
    bypred = collections.defaultdict(list)
    for c in allc:
        if c['pred'] != 'none': bypred[c['pred']].append(c)
    for p, cs in bypred.items():
        for a, b in itertools.combinations(cs, 2):
            if a['group'] == b['group']: continue
            if a['ekind'] == 'statement' or b['ekind'] == 'statement' or a['gkind'] == 'statement' or b['gkind'] == 'statement': cnt['T-stmt'] += 1
            elif a['emeas'] != b['emeas']: cnt['T-meas'] += 1
            elif a['gmeas'] != b['gmeas']: cnt['T-goldlabel'] += 1
            else: cnt['T-same'] += 1
    out[name] = cnt
print('| split | ' + ' | '.join(COLS) + ' |'); print('|' + '---|' * (len(COLS) + 1))
tot = collections.Counter()
for n, c in out.items():
    tot.update(c); print(f'| {n} | ' + ' | '.join(str(c[k]) for k in COLS) + ' |')
print('| **total** | ' + ' | '.join(str(tot[k]) for k in COLS) + ' |')
