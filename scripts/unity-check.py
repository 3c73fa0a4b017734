import json, subprocess, sys, re, concurrent.futures as cf
cc=json.load(open(sys.argv[1]))
units=[e for e in cc if '/Unity/' in e['file']]
def run(e):
    cmd=e['command']
    cmd=re.sub(r' -o \S+',' ',cmd); cmd=re.sub(r' -MD -MT \S+ -MF \S+',' ',cmd)
    cmd=cmd.replace(' -c ',' -fsyntax-only ')
    r=subprocess.run(cmd,shell=True,cwd=e['directory'],capture_output=True,text=True)
    errs=[l for l in r.stderr.splitlines() if 'error:' in l][:3]
    return e['file'].split('/CMakeFiles/')[-1], errs
with cf.ThreadPoolExecutor(2) as ex:
    for f,errs in ex.map(run,units):
        if errs: print(f); [print('   ',x[:220]) for x in errs]
print(len(units),'units checked')
