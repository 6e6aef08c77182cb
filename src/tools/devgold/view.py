import json,sys,re
doc=sys.argv[1]; lo=int(sys.argv[2]) if len(sys.argv)>2 else 0; hi=int(sys.argv[3]) if len(sys.argv)>3 else 10**9
path={'2026_gansu.txt':'provinces-2026','2026_jiangxi.txt':'provinces-2026','2026_shanxi.txt':'provinces-2026','national_1986.txt':'national-1954-1999','national_1983.txt':'national-1954-1999'}[doc]
t=open(f'../shared/corpus/{path}/{doc}',encoding='utf-8').read()
P=[json.loads(l) for l in open(__import__('os').path.join(__import__('os').path.dirname(__import__('os').path.abspath(__file__)),'base_pred_2026-12-06.jsonl')) if json.loads(l)['doc']==doc]
cov=set()
for i,p in enumerate(P):
    cov.update(range(p['start'],p['end']))
    if not lo<=p['start']<hi: continue
    ctx=t[max(0,p['start']-30):p['start']].replace('\n','⏎')+'【'+p['text']+'】'+t[p['end']:p['end']+8].replace('\n','⏎')
    print(f"{i:3d} {p['start']}-{p['end']} {p['value']}{p['unit']} q={p['qualifier']} {p['kind'][:3]} e={int(p['estimated'])} ind={p['indicator']} it={p['indicator_text']} per={p['period']} | {ctx}")
# uncovered digits
for m in re.finditer(r'[0-9０-９]+|[一二三四五六七八九十百千万亿两]+[个项家户座条所人万亿元%]',t):
    if lo<=m.start()<hi and not any(k in cov for k in range(m.start(),m.end())):
        print(f"  MISS? {m.start()} {t[max(0,m.start()-20):m.end()+6]!r}")
