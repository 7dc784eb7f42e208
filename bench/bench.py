#!/usr/bin/env python3
"""Cold-start benchmark: sequelize-ddl (the ./sequelize-ddl launcher, a fresh JVM per run) against the
Node provider pipeline (node + real Sequelize 6.37.8 from test-fixtures/oracle) on the same synthetic
sequelize-cli projects, in the same run, alternating, so that both see the same machine load.

Prints per size the median wall time of each tool, the ratio ours/node and the peak RSS of each, then
`regress` over many small projects in one JVM against as many separate Node runs.
Run it through bench/run.sh."""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LAUNCHER = os.path.join(ROOT, 'sequelize-ddl')
NODE_PROVIDER = os.path.join(HERE, 'node-provider.js')
GEN = os.path.join(HERE, 'gen.js')


def run(cmd, env=None, stdout=subprocess.DEVNULL):
    """Runs cmd; returns (wall seconds, peak RSS in MB of the process, exit code, stdout bytes)."""
    start = time.perf_counter()
    out = subprocess.PIPE if stdout is None else stdout
    p = subprocess.Popen(cmd, stdout=out, stderr=subprocess.PIPE, env=env)
    data = b''
    if out is subprocess.PIPE:
        data = p.stdout.read()
    err = p.stderr.read()
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.stderr.write(f'bench: {" ".join(cmd)} exited {code}: {err.decode(errors="replace")[:2000]}\n')
        sys.exit(1)
    return wall, usage.ru_maxrss / 1024.0, code, data


def ours(models, dialect):
    return [LAUNCHER, 'load', '--path', models, '--dialect', dialect]


def node(models, dialect):
    return ['node', NODE_PROVIDER, models, dialect]


def gen(out, count):
    subprocess.run(['node', GEN, out, str(count)], check=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--sizes', default='4,50,200')
    ap.add_argument('--reps', type=int, default=5)
    ap.add_argument('--dialect', default='mysql')
    ap.add_argument('--projects', type=int, default=50, help='small projects for the regress comparison (0: skip)')
    ap.add_argument('--jobs', type=int, default=os.cpu_count() or 1)
    ap.add_argument('--work', default=os.path.join(ROOT, 'target', 'bench'))
    args = ap.parse_args()
    os.makedirs(args.work, exist_ok=True)
    env = dict(os.environ)

    sizes = [int(s) for s in args.sizes.split(',') if s]
    print(f'machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at start '
          f'(numbers are only comparable within this run)', flush=True)

    # Build the jar and the AOT cache up front: a "cold" run below is a fresh JVM with them in place.
    first = os.path.join(args.work, 'p4')
    gen(first, 4)
    run(ours(os.path.join(first, 'models'), args.dialect), env=dict(env, SEQUELIZE_DDL_AOT='now'))

    rows = []
    for size in sizes:
        proj = os.path.join(args.work, f'p{size}')
        gen(proj, size)
        models = os.path.join(proj, 'models')
        a = run(ours(models, args.dialect), env=env, stdout=None)[3]
        b = run(node(models, args.dialect), env=env, stdout=None)[3]
        same = 'same DDL' if a == b else 'DDL DIFFERS'
        t_ours, t_node, m_ours, m_node = [], [], [], []
        for _ in range(args.reps):
            w, m, _, _ = run(ours(models, args.dialect), env=env)
            t_ours.append(w)
            m_ours.append(m)
            w, m, _, _ = run(node(models, args.dialect), env=env)
            t_node.append(w)
            m_node.append(m)
        mo, mn = statistics.median(t_ours), statistics.median(t_node)
        rows.append((size, mo, mn, mo / mn, max(m_ours), max(m_node), same))
        print(f'  {size:4d} models: sequelize-ddl {mo:6.2f} s  node {mn:6.2f} s  ratio {mo / mn:5.2f}x  '
              f'peak RSS {max(m_ours):5.0f} MB vs {max(m_node):4.0f} MB  ({same})', flush=True)

    print()
    print(f'cold load, median of {args.reps} (dialect {args.dialect}, load avg now {os.getloadavg()[0]:.1f}):')
    print(f'{"models":>6}  {"ours s":>7}  {"node s":>7}  {"ratio":>6}  {"ours MB":>7}  {"node MB":>7}')
    for size, mo, mn, ratio, ro, rn, same in rows:
        print(f'{size:>6}  {mo:7.2f}  {mn:7.2f}  {ratio:5.2f}x  {ro:7.0f}  {rn:7.0f}  {same}')

    if args.projects > 0:
        many = os.path.join(args.work, 'regress')
        shutil.rmtree(many, ignore_errors=True)
        os.makedirs(many)
        node_total = 0.0
        for i in range(args.projects):
            proj = os.path.join(many, f'project{i:03d}')
            gen(proj, 3 + i % 4)
            w, _, _, ddl = run(node(os.path.join(proj, 'models'), args.dialect), env=env, stdout=None)
            node_total += w
            os.makedirs(os.path.join(proj, 'expected'))
            with open(os.path.join(proj, 'expected', args.dialect + '.sql'), 'wb') as f:
                f.write(ddl)  # the Node provider's output is the expected file
        report = os.path.join(args.work, 'regress-report.json')
        w1, m1, _, _ = run([LAUNCHER, 'regress', many, '--dialect', args.dialect, '--jobs', '1', '--report', report], env=env)
        wj, mj, _, _ = run([LAUNCHER, 'regress', many, '--dialect', args.dialect, '--jobs', str(args.jobs)], env=env)
        print()
        print(f'regress over {args.projects} projects of 3-6 models ({args.dialect}), all matching the Node output:')
        print(f'  {args.projects} separate Node runs: {node_total:6.2f} s')
        print(f'  regress --jobs 1:        {w1:6.2f} s  {node_total / w1:5.1f}x faster  peak RSS {m1:4.0f} MB')
        print(f'  regress --jobs {args.jobs}:        {wj:6.2f} s  {node_total / wj:5.1f}x faster  peak RSS {mj:4.0f} MB')
    print(f'load average at the end: {os.getloadavg()[0]:.1f}')


if __name__ == '__main__':
    main()
