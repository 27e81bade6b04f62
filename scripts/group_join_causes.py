#!/usr/bin/env python3
"""group_join_causes.py DETAILS_FILE: two markdown tables read from the standard error of
`PARALLAX_GROUP_DETAILS=1 parallax eval --splits … --sections groups --show-misses` (docs/EVALUATION.md, "Round 21 of
grouping"). Run from the repository root. Development splits only (held-out splits and dev20 are refused).

1. Wrong joins: every pair of matched claims that one predicted group holds and gold puts in two groups (a pair false
   positive), by the first label that tells the two apart — statement beside a figure, two statements, one figure
   without a measure, measures that differ, units (the counted kind) that differ, times that differ (start or end day),
   subjects that differ, sources that differ — or none (`same labels`: nothing the claims stage gave tells them apart).
2. Status misses: each gold group whose majority predicted group has another status, by cause — the gold group split
   over several predicted groups, the predicted group mixed (it holds claims of another gold group), a gold claim
   unmatched, an extra claim no gold claim matched, or the status rule (the group is right).
3. The mixed-group status misses of table 2 by the label that most often tells the gold group's claims from the
   intruders' (the columns of table 1).
"""
import sys, re, collections

LINE = re.compile(r'^\s+(\S+) gold\[(.*?)\] «(.*)» → (\S+) \[(.*)\] → (\S+)(?: ‖ s:(\S+) t:(\S+)\.\.(\S+) src:(\S+))?$')
UNM = re.compile(r'^\s+(\S+) gold «(.*)» → unmatched$')
HEAD = re.compile(r'^(\S+) \[(\w[\w-]*)\]$')
PRED = re.compile(r'^\s+⇒ (\S+)=(\S+) \((\d+) claims\)')
JOIN = ['stmt-figure', 'stmt-stmt', 'no-measure', 'measure', 'unit', 'time', 'subject', 'source', 'same-labels']
VERBOSE = '--pairs' in sys.argv
STATUS = ['split', 'mixed', 'unmatched', 'extra', 'rule']


def parse(path):
    splits = collections.OrderedDict()
    cur = None
    for raw in open(path):
        raw = raw.rstrip('\n')
        if raw.startswith('== '):
            m = re.match(r'^== (\w+) \((.*)\)', raw)
            name = m.group(2) if m else ''
            if name.startswith('heldout') or name == 'dev20':
                sys.exit(f'{name}: held-out and yardstick splits are never read')
            cur = splits.setdefault(name, []) if m and m.group(1) == 'groups' else None
            continue
        if cur is None:
            continue
        ml, mu, mp, mh = LINE.match(raw), UNM.match(raw), PRED.match(raw), HEAD.match(raw)
        if ml:
            art, gl, text, cid, ext, pred, subj, start, end, src = ml.groups()
            kind = 'statement' if ' | ' in ext else 'quantity'
            measure, unit = None, None
            if kind == 'quantity':
                mm = re.match(r'^(.*?) (\S+/\S+/\S+) (.*)$', ext)
                measure, unit = (mm.group(1), mm.group(3)) if mm else (ext, '-')
            cur[-1]['claims'].append(dict(art=art, text=text, id=cid, kind=kind, measure=measure, unit=unit,
                                          pred=pred, subject=subj or '-', time=(start or '-', end or '-'),
                                          source=src or '-', ext=ext))
        elif mu:
            cur[-1]['unmatched'] += 1
        elif mp:
            cur[-1]['sizes'][mp.group(1)] = int(mp.group(3))
        elif mh and not raw.startswith(' '):
            cur.append(dict(id=mh.group(1), status=mh.group(2), claims=[], unmatched=0, sizes={}))
    return splits


def join_cause(a, b):
    if a['kind'] != b['kind']:
        return 'stmt-figure'
    if a['kind'] == 'statement':
        return 'stmt-stmt'
    if a['measure'] == '-' or b['measure'] == '-':
        return 'no-measure'
    if a['measure'] != b['measure']:
        return 'measure'
    if a['unit'] != b['unit']:
        return 'unit'
    if a['time'] != b['time'] and '-' not in a['time'][1:] + b['time'][1:]:
        return 'time'
    if a['subject'] != b['subject'] and a['subject'] != '-' and b['subject'] != '-':
        return 'subject'
    if a['source'] != b['source'] and a['source'] != '-' and b['source'] != '-':
        return 'source'
    return 'same-labels'


def main():
    splits = parse(sys.argv[1])
    joins, statuses = {}, {}
    mixed = collections.defaultdict(collections.Counter)
    for name, groups in splits.items():
        jc, sc = collections.Counter(), collections.Counter()
        claims_of_pred = collections.defaultdict(list)
        gold_of_pred = collections.defaultdict(set)
        for g in groups:
            for c in g['claims']:
                if c['pred'] != 'none':
                    claims_of_pred[c['pred']].append((g['id'], c))
                    gold_of_pred[c['pred']].add(g['id'])
        for pred, members in claims_of_pred.items():
            for i in range(len(members)):
                for j in range(i + 1, len(members)):
                    (ga, a), (gb, b) = members[i], members[j]
                    if ga != gb:
                        cause = join_cause(a, b)
                        jc[cause] += 1
                        if VERBOSE:
                            print(f'{name}\t{cause}\t{ga}/{gb}\t{a["art"]} «{a["text"]}» [{a["ext"]}]\t{b["art"]} «{b["text"]}» [{b["ext"]}]',
                                  file=sys.stderr)
        sizes = {}
        for g in groups:
            sizes.update(g['sizes'])
        for g in groups:
            preds = collections.Counter(c['pred'] for c in g['claims'] if c['pred'] != 'none')
            if not preds:
                continue
            top = preds.most_common(1)[0][0]
            if top.split('=', 1)[1] == g['status']:
                continue
            matched_in_top = len(claims_of_pred[top])
            if len(preds) > 1:
                sc['split'] += 1
            elif len(gold_of_pred[top]) > 1:
                sc['mixed'] += 1
                # The label that tells the gold group's claims from the intruders', most often.
                causes = collections.Counter(
                    join_cause(a, b) for a in g['claims'] if a['pred'] == top
                    for other, b in claims_of_pred[top] if other != g['id'])
                mixed[name][causes.most_common(1)[0][0]] += 1
            elif g['unmatched']:
                sc['unmatched'] += 1
            elif sizes.get(top.split('=', 1)[0], matched_in_top) > matched_in_top:
                sc['extra'] += 1
            else:
                sc['rule'] += 1
        joins[name], statuses[name] = jc, sc
    mixed = {name: mixed[name] for name in splits}
    for title, table, cols in (('wrong joins (pairs)', joins, JOIN), ('status misses', statuses, STATUS),
                               ('status misses in mixed groups, by what tells the intruders apart', mixed, JOIN)):
        print(f'\n{title}\n')
        print('| split | ' + ' | '.join(cols) + ' | total |')
        print('|' + '---|' * (len(cols) + 2))
        total = collections.Counter()
        for name, counts in table.items():
            total.update(counts)
            print(f'| {name} | ' + ' | '.join(str(counts[k]) for k in cols) + f' | {sum(counts[k] for k in cols)} |')
        print('| **total** | ' + ' | '.join(f'**{total[k]}**' for k in cols) + f' | **{sum(total[k] for k in cols)}** |')


if __name__ == '__main__':
    main()
